import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CheckedFiles, openCheckedFiles } from '../lib/checked-files.ts';

/**
 * Where Astro's incremental build keeps its copy of each keyed page, by its path in the out dir
 * (`IncrementalBuildCache` in astro/dist/core/build/incremental.js), and the index of their sizes
 * and hashes this integration keeps beside it.
 */
const PAGE_COPIES = 'dist';
const INDEX = 'incremental-build-checksums.json';
/** How many of the pages rendered again the build's log names. */
const LISTED = 5;

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

async function bytesOrNothing(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * Astro's incremental build copies a kept page into the out dir as it finds it, without looking at
 * it, so a copy cut short or overwritten would be published by every later build. Before Astro
 * looks, this removes each kept page whose size and hash are not those it was published with;
 * Astro then finds no copy and renders the page again, as a build from nothing would. Once the pages
 * are written it lists each kept page that is byte for byte the one in the out dir; a build stopped
 * before then lists nothing new, so what it kept is checked against the last list and, where it
 * differs, rendered again.
 */
export default function checkedPageCache(): AstroIntegration {
  let copiesDir = '';
  let indexFile = '';
  return {
    name: 'checked-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        copiesDir = join(cacheDir, PAGE_COPIES);
        indexFile = join(cacheDir, INDEX);
      },
      'astro:build:start': async ({ logger }) => {
        const kept = await openCheckedFiles(copiesDir, indexFile);
        const untrusted: string[] = [];
        // One at a time: a site of thousands of pages would otherwise hold a file open for each.
        for (const page of await filesUnder(copiesDir)) {
          if (await kept.read(page)) continue;
          untrusted.push(page);
          await rm(join(copiesDir, page), { force: true });
        }
        if (untrusted.length === 0) return;
        const named = untrusted.sort().slice(0, LISTED);
        const more = untrusted.length - named.length;
        logger.warn(
          `${untrusted.length} kept pages are not as the last build published them, so they are rendered again: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
        );
      },
      // Right after the pages are written, before any later step can stop the build or move them.
      'astro:build:generated': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const kept = new CheckedFiles(copiesDir, indexFile);
        for (const page of await filesUnder(copiesDir)) {
          const [copy, published] = await Promise.all([
            readFile(join(copiesDir, page)),
            bytesOrNothing(join(outDir, page)),
          ]);
          if (published && copy.equals(published)) kept.note(page, copy);
        }
        await kept.save();
      },
    },
  };
}
