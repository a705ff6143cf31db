import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages worth finding: home, treatments and practitioners. Left out are the search page itself
 * and the "not found" page. One directory read is much faster than adding pages one by one.
 */
const CONTENT_PAGES = '{index.html,treatments/**/*.html,practitioners/**/*.html}';

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
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir, glob: CONTENT_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(
            `Indexed ${added.page_count} pages for search in ${written.outputPath} (${seconds} s)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
