import { createHash } from 'node:crypto';

/** What a share card says: the page's own title, what kind of page it is, and whose site it is. */
export interface CardInputs {
  title: string;
  /** Shown above the title, such as `Treatment`; left out on pages of no particular kind. */
  kind?: string | undefined;
  siteName: string;
  /** The site's host, such as `www.example.com`, shown at the foot of the card. */
  host: string;
}

/** Open Graph's large image size, which WhatsApp, Facebook and LinkedIn all show uncropped. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Raise this when the card's drawing changes, so every card gets a new name: built cards are kept
 * by name between builds, and social sites keep an image by its address.
 */
const CARD_LOOK = 1;

/** A card's file name: a hash of what it shows, so a changed card has a new address. */
export function cardFileName(card: CardInputs): string {
  const key = JSON.stringify([CARD_LOOK, card.title, card.kind ?? '', card.siteName, card.host]);
  return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.png`;
}

/** The card's text alternative, for people who cannot see it. */
export function cardAlt(card: CardInputs): string {
  if (card.title === card.siteName) return card.siteName;
  const saysKind = card.kind && !card.title.toLowerCase().startsWith(card.kind.toLowerCase());
  return `${card.siteName} – ${saysKind ? `${card.kind}: ` : ''}${card.title}`;
}
