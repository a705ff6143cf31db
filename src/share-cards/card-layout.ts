import type { CardInputs } from './card-inputs.ts';

// The site's own colours, from src/styles/global.css.
const COLOURS = {
  ink: '#1d2a33',
  accent: '#0b5d63',
  warm: '#f7f4ef',
  line: '#d6dde1',
};

/** The family name both the card's layout and its font files go by. */
export const CARD_FONT = 'Atkinson Hyperlegible';

type Style = Record<string, string | number>;

/** A box of the card, in the node shape takumi draws: boxes hold boxes or one run of text. */
export type CardNode =
  | { type: 'container'; style: Style; children: CardNode[] }
  | { type: 'text'; style: Style; text: string };

const box = (style: Style, children: CardNode[] = []): CardNode => ({
  type: 'container',
  style: { display: 'flex', ...style },
  children,
});
const text = (style: Style, words: string): CardNode => ({ type: 'text', style, text: words });

/** The clinic's band with the site's ring mark at the top, the kind and title, the address at the foot. */
export function cardLayout(card: CardInputs): CardNode {
  const titleSize = card.title.length > 40 ? 64 : 80;
  return box(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: COLOURS.ink,
      fontFamily: CARD_FONT,
    },
    [
      box(
        {
          alignItems: 'center',
          padding: '40px 72px',
          backgroundColor: COLOURS.warm,
          borderBottom: `2px solid ${COLOURS.line}`,
          fontSize: 40,
          fontWeight: 700,
        },
        [
          // The ring is 100 px across, border included, with a hole of 64; it never shrinks for a
          // long clinic name.
          box({
            width: 100,
            height: 100,
            flexShrink: 0,
            boxSizing: 'border-box',
            borderRadius: '50%',
            border: `18px solid ${COLOURS.accent}`,
            marginRight: 24,
          }),
          text({}, card.siteName),
        ],
      ),
      box(
        {
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          padding: '0 72px',
        },
        [
          ...(card.kind
            ? [
                text(
                  { color: COLOURS.accent, fontSize: 36, fontWeight: 700, marginBottom: 16 },
                  card.kind,
                ),
              ]
            : []),
          // A word too long for a line (a pasted address, say) is broken rather than cut off.
          text(
            { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, overflowWrap: 'break-word' },
            card.title,
          ),
        ],
      ),
      box(
        {
          padding: '28px 72px',
          backgroundColor: COLOURS.accent,
          color: '#ffffff',
          fontSize: 30,
        },
        [text({}, card.host)],
      ),
    ],
  );
}
