/**
 * The card renderer the site used before takumi: satori lays the card out as SVG and resvg draws
 * the PNG. Kept only so `bench/cards.ts` can measure the two side by side on the same layout.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_SIZE, type CardInputs } from '../src/share-cards/card-inputs.ts';
import { CARD_FONT, cardLayout, type CardNode } from '../src/share-cards/card-layout.ts';
import { cardFontFile } from '../src/share-cards/draw-card.ts';

interface Element {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (Element | string)[] | string };
}

/** The same layout as satori's React-shaped elements: a text node is a div holding its words. */
function element(node: CardNode): Element {
  return node.type === 'text'
    ? { type: 'div', props: { style: node.style, children: node.text } }
    : { type: 'div', props: { style: node.style, children: node.children.map(element) } };
}

let fonts: Font[] | undefined;

export async function drawCardWithSatori(card: CardInputs): Promise<Buffer> {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: CARD_FONT,
    data: cardFontFile(weight),
    weight,
    style: 'normal',
  }));
  const svg = await satori(element(cardLayout(card)) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts,
  });
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
