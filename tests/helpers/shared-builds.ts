import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildInto, contentWith } from './build-site';
import { tempFolder } from './temp-folders';

/** How long a test file's setup may wait for a shared build, which takes minutes on a busy machine. */
export const SHARED_BUILD_WAIT_MS = 900_000;

/**
 * The site built from `content/` with `fixtureDirs` laid over it, once for the whole run however
 * many test files ask for it: the first to ask builds it, the others wait until it is built. Read
 * it, never change it. Its folder comes from `shared-builds-setup.ts`, the project's global setup.
 */
export async function sharedBuild(name: string, ...fixtureDirs: string[]): Promise<string> {
  const dir = join(inject('sharedBuilds'), name);
  const outDir = join(dir, 'dist');
  const built = join(dir, 'built');
  const failed = join(dir, 'failed');
  let first = true;
  try {
    mkdirSync(dir);
  } catch {
    first = false;
  }
  if (first) {
    try {
      buildInto({ contentDir: contentWith(...fixtureDirs), outDir, cacheDir: tempFolder('cache') });
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
    writeFileSync(built, '');
    return outDir;
  }
  // Another test file is building it: wait until it says it has finished, or failed.
  while (!existsSync(built)) {
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    await setTimeout(250);
  }
  return outDir;
}
