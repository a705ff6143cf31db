import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from './repository.ts';

/** What a copy of the project leaves out: installed packages, git, and build output. */
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  'dist',
  '.dist-releases',
  '.astro',
  'test-results',
  '.studio',
]);

/**
 * Copies the project (about 1 MB) to `dir`, links its node_modules, and returns `dir`. Builds of
 * other content folders run there, not in the checkout: Astro writes `.astro/content-modules.mjs`
 * (the list of content files) in the project root and reads it back while bundling, so two builds
 * in one checkout can swap lists and fail, and with an out dir outside the root they share
 * `.astro/.prerender/`. A full copy keeps Tailwind's source scan the same as in the checkout.
 */
export function copyProject(dir: string): string {
  cpSync(REPOSITORY, dir, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(source.slice(REPOSITORY.length + 1).split('/')[0] ?? ''),
  });
  symlinkSync(join(REPOSITORY, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
