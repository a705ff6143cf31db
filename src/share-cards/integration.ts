import { fork } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openCheckedFiles } from '../lib/checked-files.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { inStep, onFile } from '../lib/step-failure.ts';
import { SHARE_CARDS, shareCardUrl } from '../lib/urls.ts';
import { cardFileName } from './card-inputs.ts';
import { cardInPage, type CardRequest } from './card-in-page.ts';
import type { DrawFailure, DrawJob } from './draw-process.ts';

/** A card, and the first page that asks for it, which an error names. */
interface PageCard extends CardRequest {
  page: string;
}

/**
 * Files read or written at once: enough to keep the disk and Node's file threads busy, few enough
 * that thousands of cards never hold a file open each.
 */
const FILES_AT_ONCE = 8;

/**
 * `work` on each item, a few at a time, with the answers in the items' order. When items fail, the
 * error is the first item's in that order, so a build with two broken pages always names the same one.
 */
async function inOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = Array.from({ length: items.length });
  const errors = new Map<number, unknown>();
  await eachAtOnce([...items.keys()], FILES_AT_ONCE, async (index) => {
    try {
      answers[index] = await work(items[index] as T);
    } catch (error) {
      errors.set(index, error);
    }
  });
  if (errors.size > 0) throw errors.get(Math.min(...errors.keys()));
  return answers;
}

/** Each card a built page asks for, once, after checking its name matches what it shows. */
async function cardsOfPages(outDir: string): Promise<PageCard[]> {
  const pages = (await readdir(outDir, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  const requests = await inOrder(pages, (page) =>
    onFile(page, async () => {
      const found = cardInPage(await readFile(join(outDir, page), 'utf8'));
      if (!found) throw new Error('The page has no share card in its og:image tag.');
      if (found.fileName !== cardFileName(found.card))
        throw new Error(
          `The page links to card ${found.fileName}, which is not named after what it shows.`,
        );
      return { ...found, page };
    }),
  );
  // The first page that asks for a card is the one an error names.
  const cards = new Map<string, PageCard>();
  for (const request of requests)
    if (!cards.has(request.fileName)) cards.set(request.fileName, request);
  return [...cards.values()];
}

/** Draws the cards in a process of its own (see draw-process.ts), which returns its memory when done. */
function drawInOwnProcess(jobs: DrawJob[], pageOf: Map<string, string>): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const drawer = fork(fileURLToPath(new URL('./draw-process.ts', import.meta.url)), {
    // Type stripping is on by default from Node 22.18; the flag turns it on in 22.12 to 22.17,
    // which `engines` allows.
    execArgv: ['--experimental-strip-types'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  drawer.send(jobs);
  // Before it stops, the drawer says which card it could not draw, and why.
  let failure: DrawFailure | undefined;
  drawer.on('message', (message: DrawFailure) => (failure = message));
  return new Promise((done, fail) => {
    drawer.on('error', fail);
    drawer.on('exit', (code) => {
      if (code === 0) return done();
      const reason = failure?.message ?? `Drawing the share cards stopped with code ${code}.`;
      const card = failure?.card;
      return card === undefined
        ? fail(new Error(reason))
        : onFile(`${pageOf.get(card) ?? 'a page'} (card ${shareCardUrl(card)})`, () => {
            throw new Error(`The share card could not be drawn: ${reason}`);
          }).catch(fail);
    });
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
      'astro:build:done': ({ dir, logger }) =>
        inStep('share cards', 'every page', async () => {
          const outDir = fileURLToPath(dir);
          const started = performance.now();
          const cards = await cardsOfPages(outDir);
          await mkdir(join(outDir, SHARE_CARDS), { recursive: true });
          await mkdir(cacheDir, { recursive: true });
          const kept = await openCheckedFiles(cacheDir, join(cacheDir, INDEX));
          const publish = ({ page, fileName }: PageCard, image: Buffer) =>
            onFile(page, () => writeFile(join(outDir, SHARE_CARDS, fileName), image));
          const drawn = await inOrder(cards, async (request) => {
            const image = await kept.read(request.fileName);
            if (image) await publish(request, image);
            return !image;
          });
          const toDraw = cards.filter((_, index) => drawn[index]);
          await drawInOwnProcess(
            toDraw.map(({ fileName, card }) => ({ card, path: join(cacheDir, fileName) })),
            new Map(toDraw.map(({ fileName, page }) => [fileName, page])),
          );
          await inOrder(toDraw, async (request) => {
            const image = await readFile(join(cacheDir, request.fileName));
            kept.note(request.fileName, image);
            await publish(request, image);
          });
          await kept.save();
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(
            `${cards.length} share cards, ${toDraw.length} drawn and the rest from the cache (${seconds} s)`,
          );
        }),
    },
  };
}
