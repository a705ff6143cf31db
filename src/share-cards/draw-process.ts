/**
 * A process of its own that draws share cards, started by the integration.
 *
 * The renderer's fonts, caches and threads take tens of megabytes that the build's own process,
 * whose heap is hundreds of megabytes, would hold to its end; here all of it is returned when the
 * drawing is done. (An earlier renderer kept each image's 3 MB of pixels until V8 collected its
 * handle, which added about 800 MB to the build's peak at 4,505 cards.)
 *
 * It runs outside Vite, on Node's own TypeScript support, so its imports name their files in full.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { eachAtOnce } from '../lib/each-at-once.ts';
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

function drawAll(jobs: DrawJob[]) {
  // takumi lays out and draws on threads of its own, so one card per core is drawn at once.
  return eachAtOnce(jobs, availableParallelism(), async ({ card, path }) => {
    try {
      const image = await drawCard(card);
      await writeWhole(path, (partial) => writeFile(partial, image));
    } catch (error) {
      throw Object.assign(new Error(causeText(error)), { card: basename(path) });
    }
  });
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
