import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_SIZE, type CardInputs } from './card-inputs.ts';

// The site's own colours, from src/styles/global.css.
const COLOURS = {
  ink: '#1d2a33',
  muted: '#4a5864',
  accent: '#0b5d63',
  warm: '#f7f4ef',
  line: '#d6dde1',
};

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
    ),
  );

/**
 * The site uses the reader's system fonts, which an image cannot; Atkinson Hyperlegible, a font made
 * for easy reading, comes with the project so drawing a card asks nothing of the network.
 */
let fonts: Font[] | undefined;
function cardFonts(): Font[] {
  fonts ??= [
    { name: 'Atkinson Hyperlegible', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: fontFile(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

interface Box {
  type: string;
  props: {
    style: Record<string, string | number>;
    children?: (Box | string)[] | Box | string | undefined;
  };
}
const box = (style: Box['props']['style'], children?: Box['props']['children']): Box => ({
  type: 'div',
  props: { style, children },
});

/** The clinic's band with the site's ring mark at the top, the kind and title, the address at the foot. */
function layout(card: CardInputs): Box {
  const titleSize = card.title.length > 40 ? 64 : 80;
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: COLOURS.ink,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      box(
        {
          display: 'flex',
          alignItems: 'center',
          padding: '40px 72px',
          backgroundColor: COLOURS.warm,
          borderBottom: `2px solid ${COLOURS.line}`,
          fontSize: 40,
          fontWeight: 700,
        },
        [
          box({
            width: 64,
            height: 64,
            borderRadius: '50%',
            border: `18px solid ${COLOURS.accent}`,
            marginRight: 24,
          }),
          card.siteName,
        ],
      ),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          padding: '0 72px',
        },
        [
          ...(card.kind
            ? [
                box(
                  { color: COLOURS.accent, fontSize: 36, fontWeight: 700, marginBottom: 16 },
                  card.kind,
                ),
              ]
            : []),
          // A word too long for a line (a pasted address, say) is broken rather than cut off.
          box(
            { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, wordBreak: 'break-word' },
            card.title,
          ),
        ],
      ),
      box(
        {
          display: 'flex',
          padding: '28px 72px',
          backgroundColor: COLOURS.accent,
          color: '#ffffff',
          fontSize: 30,
        },
        card.host,
      ),
    ],
  );
}

/** Draws a 1200x630 PNG share card in the site's colours. */
export async function drawCard(card: CardInputs): Promise<Buffer> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: cardFonts(),
  });
  // resvg draws on a thread of its own, so several cards can be drawn at once.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
