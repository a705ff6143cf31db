import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Renderer } from '@takumi-rs/core';
import { CARD_SIZE, type CardInputs } from './card-inputs.ts';
import { CARD_FONT, cardLayout } from './card-layout.ts';

const require = createRequire(import.meta.url);

/** One of the project's font files, which come with `@fontsource/atkinson-hyperlegible`. */
export const cardFontFile = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
    ),
  );

/**
 * The site uses the reader's system fonts, which an image cannot; Atkinson Hyperlegible, a font made
 * for easy reading, comes with the project so drawing a card asks nothing of the network. The
 * renderer keeps the fonts it has read, so it is made once.
 */
let renderer: Promise<Renderer> | undefined;
function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const made = new Renderer();
    for (const weight of [400, 700] as const)
      await made.registerFont({
        name: CARD_FONT,
        data: cardFontFile(weight),
        weight,
        style: 'normal',
      });
    return made;
  })();
  return renderer;
}

/**
 * Draws a 1200x630 PNG share card in the site's colours. takumi lays out and draws in Rust on
 * threads of its own, so several cards can be drawn at once.
 */
export async function drawCard(card: CardInputs): Promise<Buffer> {
  return (await cardRenderer()).render(cardLayout(card), { ...CARD_SIZE, format: 'png' });
}
