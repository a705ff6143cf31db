import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Built pages that are not content: the search page itself and the "not found" page. */
const NOT_INDEXED = new Set(['404.html', 'search/index.html']);

/** Lists the HTML files under `dir` as `/`-separated paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).split(sep).join('/'))
    .map((path) => path.replace(/^\//, ''))
    .sort();
}

/** The URL Pagefind should link to for a built file: `a/b/index.html` becomes `/a/b/`. */
const urlOf = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Indexes the built site with Pagefind once `astro build` has written it, into `<outDir>/pagefind/`.
 * Only the `data-pagefind-body` part of each page (its `<main>`) goes into the index.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const files = (await htmlFiles(outDir)).filter((path) => !NOT_INDEXED.has(path));
          for (const path of files) {
            const content = await readFile(join(outDir, path), 'utf8');
            const added = await index.addHTMLFile({ url: urlOf(path), content });
            if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Indexed ${files.length} pages for search in ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
