import { decodeEntities } from '../lib/html-entities.ts';
import type { CardInputs } from './card-inputs.ts';

/** A card a built page asks for: the file its `og:image` points at and what the card must show. */
export interface CardRequest {
  fileName: string;
  card: CardInputs;
}

/**
 * A `<meta>` tag whose attributes are all quoted: a quoted value may hold `>`, which Astro does not
 * escape (a treatment called `Peel (1 -> 2 layers)`), but never a bare `"`, which it does.
 */
const META_TAG = /<meta((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

function metaTag(html: string, property: string): Record<string, string> | undefined {
  for (const [, attributes = ''] of html.matchAll(META_TAG)) {
    const values = Object.fromEntries(
      [...attributes.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, decodeEntities(value!)]),
    );
    if (values['property'] === property) return values;
  }
  return undefined;
}

/**
 * Reads the share card a built page links to: its `og:image` tag carries the card's title and kind
 * in `data-card-*` attributes, so the card shows what the page says about itself.
 */
export function cardInPage(html: string): CardRequest | undefined {
  const image = metaTag(html, 'og:image');
  const siteName = metaTag(html, 'og:site_name')?.['content'];
  const title = image?.['data-card-title'];
  if (!image?.['content'] || !title || !siteName) return undefined;
  const url = new URL(image['content']);
  return {
    fileName: url.pathname.slice(url.pathname.lastIndexOf('/') + 1),
    card: { title, kind: image['data-card-kind'], siteName, host: url.host },
  };
}
