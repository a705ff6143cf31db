import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageMeta from '~/components/PageMeta.astro';
import { cardFileName } from '~/share-cards/card-inputs';
import { cardInPage } from '~/share-cards/card-in-page';
import { drawCard } from '~/share-cards/draw-card';
import { pngSize } from '../helpers/png-size';

const SITE = 'https://www.example.com';

/** Names an editor could give a treatment; each once crashed, or could crash, the share cards. */
const TITLES = [
  'Microneedling (1 -> 1.5 mm)',
  'Depth < 2 mm',
  'Peels & masks',
  'The "light" peel',
  "Karen's facial",
  'Glow ✨ facial 💆‍♀️',
  'Hautverjüngungsbehandlungsgesamtpaketangebot'.repeat(4),
  'الإبر الدقيقة للبشرة',
  'מיקרונידלינג',
  'Microneedling, '.repeat(20).trim(),
  'x'.repeat(300),
  '<script>alert(1)</script> & <b>bold</b>',
];

async function pageHead(title: string, siteName = 'Smith & Jones'): Promise<string> {
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  return container.renderToString(PageMeta, {
    props: {
      title,
      description: 'A treatment.',
      siteName,
      locale: 'en-GB',
      type: 'article',
      jsonLd: [],
      cardTitle: title,
      cardKind: 'Treatment',
    },
    request: new Request(`${SITE}/treatments/example/`),
  });
}

describe('a share card for any text an editor writes', () => {
  it.each(TITLES)(
    'reads back what the page shows, under the name it links to: %s',
    async (title) => {
      const request = cardInPage(await pageHead(title));
      expect(request?.card).toEqual({
        title,
        kind: 'Treatment',
        siteName: 'Smith & Jones',
        host: 'www.example.com',
      });
      expect(request?.fileName).toBe(cardFileName(request!.card));
    },
  );

  it('reads back a clinic name with the same characters', async () => {
    const request = cardInPage(await pageHead('Microneedling', 'Skin > Clinic & "Co" <3'));
    expect(request?.card.siteName).toBe('Skin > Clinic & "Co" <3');
    expect(request?.fileName).toBe(cardFileName(request!.card));
  });

  it('draws every one of them', async () => {
    for (const title of TITLES) {
      const card = { title, kind: 'Treatment', siteName: 'The Skin Clinic', host: 'example.com' };
      expect(pngSize(await drawCard(card)), title).toEqual({ width: 1200, height: 630 });
    }
  });
});
