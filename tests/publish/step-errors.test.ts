import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import precompress from '~/publish/precompress-integration';
import { tempFolder } from '../helpers/temp-folders';

type Hook = (options: unknown) => Promise<void> | void;

describe('compression, when the compressed copies cannot be kept', () => {
  it('stops the build with one block naming the step and the file, logged once', async () => {
    const outDir = tempFolder('compress-site');
    const cacheDir = tempFolder('compress-cache');
    writeFileSync(join(outDir, 'index.html'), `<p>${'Microneedling. '.repeat(200)}</p>`);
    // A file where the cache's folder goes.
    writeFileSync(join(cacheDir, 'precompressed'), '');
    const errors: string[] = [];
    const logger = {
      info: () => {},
      warn: () => {},
      debug: () => {},
      error: (m: string) => errors.push(m),
    };
    const integrations = precompress();
    for (const { hooks } of integrations)
      await (hooks['astro:config:done'] as Hook | undefined)?.({
        config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
      });
    const failure = await (async () => {
      for (const { hooks } of integrations)
        await (hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${outDir}/`), logger });
    })()
      .then(() => undefined)
      .catch((error: Error) => error);
    expect(failure?.message).toMatch(
      /^the compressed copies cache\n {2}Step: +compression\n {2}Problem: +\S/,
    );
    expect(failure?.stack).toBe('');
    expect(errors).toEqual([]);
  });
});
