import { describe, expect, it } from 'vitest';
import { cardInPage } from '~/share-cards/card-in-page';

const head = (image: string) =>
  `<head><meta property="og:site_name" content="Smith &amp; Jones">${image}</head>`;

describe('reading the card a built page asks for', () => {
  it('reads the file name, title, kind and host, with HTML entities decoded', () => {
    const html = head(
      '<meta property="og:image" content="https://clinic.example.org/cards/0123456789abcdef.png" data-card-title="Peels &quot;light&quot; &amp; deep" data-card-kind="Treatment">',
    );
    expect(cardInPage(html)).toEqual({
      fileName: '0123456789abcdef.png',
      card: {
        title: 'Peels "light" & deep',
        kind: 'Treatment',
        siteName: 'Smith & Jones',
        host: 'clinic.example.org',
      },
    });
  });

  it('leaves the kind out when the page has none', () => {
    const html = head(
      '<meta property="og:image" content="https://www.example.com/cards/0123456789abcdef.png" data-card-title="Search">',
    );
    expect(cardInPage(html)?.card.kind).toBeUndefined();
  });

  it('finds no card on a page without a titled og:image', () => {
    expect(cardInPage(head(''))).toBeUndefined();
    expect(
      cardInPage(head('<meta property="og:image" content="https://www.example.com/a.png">')),
    ).toBeUndefined();
  });
});
