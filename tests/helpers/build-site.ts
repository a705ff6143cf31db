import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy';
import { CONTENT } from './content-fixtures';
import { tempFolder } from './temp-folders';

// Vitest and Astro's test config set these for the test process; a real build must not inherit them.
const TEST_ONLY = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/;

/** The environment of a build started from a test, as a shell would give it. */
export function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_ONLY.test(name)));
}

/** A throwaway copy of `content/`, removed when the test file ends, with extra fixture folders laid over it. */
export function contentWith(...fixtureDirs: string[]): string {
  const dir = tempFolder('content');
  cpSync(CONTENT, dir, { recursive: true });
  for (const fixture of fixtureDirs) cpSync(fixture, dir, { recursive: true });
  return dir;
}

let project: string | undefined;
/** A copy of the project for this test file's builds, so parallel builds cannot disturb each other. */
export function projectCopy(): string {
  project ??= copyProject(tempFolder('project'));
  return project;
}

export interface BuildFolders {
  contentDir: string;
  outDir: string;
  /** Where Astro keeps its content store and the incremental build's cache between builds. */
  cacheDir: string;
}

/** Builds the site as `npm run build` would and returns Astro's log, one line per page. */
export function buildInto({ contentDir, outDir, cacheDir }: BuildFolders): string {
  const build = spawnSync(join(projectCopy(), 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: projectCopy(),
    env: {
      ...buildEnvironment(),
      NO_COLOR: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
    },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  return build.stdout;
}

/** Builds the site from `contentDir` into a fresh folder, as `npm run build` would, and returns it. */
export function buildSite(contentDir: string): string {
  const outDir = tempFolder('dist');
  buildInto({ contentDir, outDir, cacheDir: tempFolder('cache') });
  return outDir;
}
