import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shareCards from '~/share-cards/integration';
import { cardFileName, type CardInputs } from '~/share-cards/card-inputs';

const CARDS = 240;
const MB = 1024 * 1024;
// Each drawn image holds 3 MB of pixels (1200 × 630 × 4 bytes) until it is released.
const PIXELS = 1200 * 630 * 4;

const cardNumber = (n: number): CardInputs => ({
  title: `Treatment ${n}`,
  kind: 'Treatment',
  siteName: 'The Skin Clinic',
  host: 'www.example.com',
});
const page = (card: CardInputs) =>
  `<head><meta property="og:site_name" content="${card.siteName}"><meta property="og:image" content="https://${card.host}/cards/${cardFileName(card)}" data-card-title="${card.title}" data-card-kind="${card.kind}"></head>`;

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'clinic-card-memory-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

type Hook = (options: unknown) => Promise<void> | void;

/** Draws one card for each of `cards` with the integration's own build step, into fresh folders. */
async function drawCards(name: string, cards: CardInputs[]) {
  const outDir = join(folder, name);
  mkdirSync(outDir);
  cards.forEach((card, i) => writeFileSync(join(outDir, `${i}.html`), page(card)));
  const { hooks } = shareCards();
  await (hooks['astro:config:done'] as Hook)({
    config: { cacheDir: pathToFileURL(join(folder, `cache-${name}/`)) },
  });
  await (hooks['astro:build:done'] as Hook)({
    dir: pathToFileURL(`${outDir}/`),
    logger: { info: () => undefined },
  });
}

/** Resident memory of this process's children (the card drawer), in bytes. */
function childrenResident(): number {
  let bytes = 0;
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1];
      bytes += Number(kb ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return bytes;
}

describe('memory while drawing share cards', () => {
  it('lets go of each drawn image, so the drawing process stays small however many cards it draws', async () => {
    // The fonts and the layout engine take the same memory for one card or many.
    let onePeak = 0;
    let manyPeak = 0;
    const sampling = setInterval(() => {
      onePeak = Math.max(onePeak, childrenResident());
    }, 10);
    try {
      await drawCards('one', [cardNumber(0)]);
      clearInterval(sampling);
      const samplingMany = setInterval(() => {
        manyPeak = Math.max(manyPeak, childrenResident());
      }, 10);
      try {
        await drawCards(
          'many',
          Array.from({ length: CARDS }, (_, i) => cardNumber(i + 1)),
        );
      } finally {
        clearInterval(samplingMany);
      }
    } finally {
      clearInterval(sampling);
    }
    expect(onePeak).toBeGreaterThan(0);
    // Held until V8 happens to collect them, 240 images take up to 720 MB, and about 150 MB more
    // than one card in practice; collected after each card, 55 to 80 MB more.
    expect((manyPeak - onePeak) / MB).toBeLessThan((CARDS * PIXELS) / MB / 6);
  });
});
