import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_CARDS } from '~/lib/urls';
import { cardFileName } from './card-inputs';
import { cardInPage, type CardRequest } from './card-in-page';
import { drawCard } from './draw-card';

/** Each card a built page asks for, once, after checking its name matches what it shows. */
async function cardsOfPages(outDir: string): Promise<CardRequest[]> {
  const pages = (await readdir(outDir, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  const cards = new Map<string, CardRequest>();
  for (const page of pages) {
    const request = cardInPage(await readFile(join(outDir, page), 'utf8'));
    if (!request) throw new Error(`${page} has no share card in its og:image tag`);
    if (request.fileName !== cardFileName(request.card))
      throw new Error(
        `${page} links to card ${request.fileName}, which is not named after what it shows`,
      );
    cards.set(request.fileName, request);
  }
  return [...cards.values()];
}

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
        const cards = await cardsOfPages(outDir);
        await mkdir(join(outDir, SHARE_CARDS), { recursive: true });
        await mkdir(cacheDir, { recursive: true });
        const waiting = [...cards];
        let drawn = 0;
        // Drawing the pixels runs off the main thread, so one drawing per core runs at once.
        const drawer = async () => {
          for (let next = waiting.pop(); next; next = waiting.pop()) {
            const cached = join(cacheDir, next.fileName);
            if (!existsSync(cached)) {
              await writeFile(cached, await drawCard(next.card));
              drawn += 1;
            }
            await copyFile(cached, join(outDir, SHARE_CARDS, next.fileName));
          }
        };
        await Promise.all(Array.from({ length: availableParallelism() }, drawer));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${cards.length} share cards, ${drawn} drawn and the rest from the cache (${seconds} s)`,
        );
      },
    },
  };
}
