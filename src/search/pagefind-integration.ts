import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inStep, onFile } from '../lib/step-failure.ts';
import { settleWithin } from './settle-within.ts';

/**
 * The pages worth finding: home, treatments and practitioners. Left out are the search page itself
 * and the "not found" page. One directory read is much faster than adding pages one by one.
 */
const CONTENT_PAGES = '{index.html,treatments/**/*.html,practitioners/**/*.html}';

/** How a step failure names the pages Pagefind reads, which it reads all at once. */
const PAGES_READ = 'index.html, treatments/ and practitioners/ (the pages search reads)';

/** The index's folder in the built site. */
const SEARCH_INDEX = 'pagefind';

/**
 * Indexes the built site with Pagefind once `astro build` has written it, into `<outDir>/pagefind/`.
 * Only the `data-pagefind-body` part of each page (its `<main>`) goes into the index.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        inStep('search', 'the search index', async () => {
          const outDir = fileURLToPath(dir);
          const started = performance.now();
          const { index, errors } = await settleWithin(pagefind.createIndex({}), 'starting');
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          try {
            const added = await onFile(PAGES_READ, async () => {
              const result = await settleWithin(
                index.addDirectory({ path: outDir, glob: CONTENT_PAGES }),
                'reading the pages',
              );
              if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
              return result;
            });
            const written = await onFile(`${SEARCH_INDEX}/`, async () => {
              const result = await settleWithin(
                index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX) }),
                'writing the search index',
              );
              if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
              return result;
            });
            const seconds = ((performance.now() - started) / 1000).toFixed(2);
            logger.info(
              `Indexed ${added.page_count} pages for search in ${written.outputPath} (${seconds} s)`,
            );
          } finally {
            await pagefind.close();
          }
        }),
    },
  };
}
