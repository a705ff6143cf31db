/**
 * A process of its own that draws share cards, started by the integration with `--expose-gc`.
 *
 * resvg keeps a drawn image's pixels (3 MB at 1200x630) outside V8's heap until V8 collects the
 * small handle that points at them, and V8 is not told how much the handle holds; satori's layouts
 * leave megabytes of garbage a card. In the build's own process, whose heap is hundreds of
 * megabytes, collections come seldom, and drawing 4,505 cards there added about 800 MB to the
 * build's peak. Here the heap is small and collected after every card, and all of it is returned
 * when the drawing is done.
 *
 * It runs outside Vite, on Node's own TypeScript support, so its imports name their files in full.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { causeText } from '../lib/step-failure.ts';
import { writeWhole } from '../lib/whole-file.ts';
import type { CardInputs } from './card-inputs.ts';
import { drawCard } from './draw-card.ts';

/** What the process tells the build before it stops on a card it could not draw. */
export interface DrawFailure {
  card: string | undefined;
  message: string;
}

/** One card to draw, and the file to write it to. */
export interface DrawJob {
  card: CardInputs;
  path: string;
}

const collectGarbage = globalThis.gc as NonNullable<typeof globalThis.gc>;
const FULL_COLLECTION_EVERY = 25;

async function drawAll(jobs: DrawJob[]) {
  const waiting = [...jobs];
  let drawn = 0;
  // resvg draws the pixels on threads of its own, so one card per core is drawn at once.
  const drawer = async () => {
    for (let job = waiting.pop(); job; job = waiting.pop()) {
      const { path } = job;
      try {
        const image = await drawCard(job.card);
        await writeWhole(path, (partial) => writeFile(partial, image));
      } catch (error) {
        throw Object.assign(new Error(causeText(error)), { card: basename(path) });
      }
      drawn += 1;
      // A young-generation collection frees the image's pixels; now and then a full one frees the
      // layouts' garbage that has outlived it.
      collectGarbage(drawn % FULL_COLLECTION_EVERY === 0 ? { type: 'major' } : { type: 'minor' });
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, drawer));
}

process.once('message', (jobs: DrawJob[]) => {
  drawAll(jobs).then(
    () => process.disconnect(),
    // The build reports the card and the reason in its own words; a stack here would only
    // point into the drawing code.
    (error: Error & { card?: string }) => {
      const failure: DrawFailure = { card: error.card, message: causeText(error) };
      process.send?.(failure, () => process.exit(1));
    },
  );
});
