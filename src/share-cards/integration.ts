import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_CARDS } from '~/lib/urls';
import { cardFileName } from './card-inputs';
import { cardInPage } from './card-in-page';
import { drawCard } from './draw-card';

/**
 * Draws the share card each built page links to into `<outDir>/cards/`. A card is named by a hash of
 * what it shows, and drawn cards are kept in Astro's cache folder (`node_modules/.astro`, which hosts
 * keep between builds), so a page whose card has not changed is not drawn again.
 */
export default function shareCards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = (await readdir(outDir, { recursive: true })).filter(
          (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
        );
        await mkdir(join(outDir, SHARE_CARDS), { recursive: true });
        await mkdir(cacheDir, { recursive: true });
        const done = new Set<string>();
        let drawn = 0;
        for (const page of pages) {
          const request = cardInPage(await readFile(join(outDir, page), 'utf8'));
          if (!request) throw new Error(`${page} has no share card in its og:image tag`);
          const { fileName, card } = request;
          if (fileName !== cardFileName(card))
            throw new Error(
              `${page} links to card ${fileName}, which is not named after what it shows`,
            );
          if (done.has(fileName)) continue;
          done.add(fileName);
          const cached = join(cacheDir, fileName);
          if (!existsSync(cached)) {
            await writeFile(cached, await drawCard(card));
            drawn += 1;
          }
          await copyFile(cached, join(outDir, SHARE_CARDS, fileName));
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${done.size} share cards, ${drawn} drawn and the rest from the cache (${seconds} s)`,
        );
      },
    },
  };
}
