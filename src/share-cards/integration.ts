import { fork } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openCheckedFiles } from '../lib/checked-files.ts';
import { SHARE_CARDS } from '../lib/urls.ts';
import { cardFileName } from './card-inputs.ts';
import { cardInPage, type CardRequest } from './card-in-page.ts';
import type { DrawJob } from './draw-process.ts';

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

/** Draws the cards in a process of its own (see draw-process.ts), which returns its memory when done. */
function drawInOwnProcess(jobs: DrawJob[]): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const drawer = fork(fileURLToPath(new URL('./draw-process.ts', import.meta.url)), {
    // Type stripping is on by default from Node 22.18; the flag turns it on in 22.12 to 22.17,
    // which `engines` allows.
    execArgv: ['--expose-gc', '--experimental-strip-types'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  drawer.send(jobs);
  return new Promise((done, fail) => {
    drawer.on('error', fail);
    drawer.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`drawing the share cards stopped with code ${code}`)),
    );
  });
}

/** The index of the kept cards' sizes and hashes, in the cache folder beside them. */
const INDEX = 'checksums.json';

/**
 * Draws the share card each built page links to into `<outDir>/cards/`. A card is named by a hash of
 * what it shows, and drawn cards are kept in Astro's cache folder (`node_modules/.astro`, which hosts
 * keep between builds), so a page whose card has not changed is not drawn again. A kept card is
 * used only while its size and hash are those it was drawn with; any other is drawn again.
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
        const kept = await openCheckedFiles(cacheDir, join(cacheDir, INDEX));
        const publish = (fileName: string, image: Buffer) =>
          writeFile(join(outDir, SHARE_CARDS, fileName), image);
        const toDraw: CardRequest[] = [];
        // One at a time: thousands of cards read at once would each hold a file open.
        for (const request of cards) {
          const image = await kept.read(request.fileName);
          if (image) await publish(request.fileName, image);
          else toDraw.push(request);
        }
        await drawInOwnProcess(
          toDraw.map(({ fileName, card }) => ({ card, path: join(cacheDir, fileName) })),
        );
        for (const { fileName } of toDraw) {
          const image = await readFile(join(cacheDir, fileName));
          kept.note(fileName, image);
          await publish(fileName, image);
        }
        await kept.save();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${cards.length} share cards, ${toDraw.length} drawn and the rest from the cache (${seconds} s)`,
        );
      },
    },
  };
}
