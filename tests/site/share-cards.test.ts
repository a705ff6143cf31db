import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardInPage } from '~/share-cards/card-in-page';
import { builtFiles, DIST } from '../helpers/built-site';
import { pngSize } from '../helpers/png-size';

const SITE = new URL('https://www.example.com');
const pages = builtFiles().filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
const imageOf = (file: string) =>
  /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(DIST, file), 'utf8'))?.[1] ??
  '';

describe('a share card for every built page', () => {
  it('finds the pages, 404 included', () => {
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s links to a 1200x630 PNG card on the site’s own address', (file) => {
    const image = new URL(imageOf(file));
    expect(image.origin).toBe(SITE.origin);
    const card = join(DIST, image.pathname);
    expect(existsSync(card), image.pathname).toBe(true);
    expect(pngSize(readFileSync(card))).toEqual({ width: 1200, height: 630 });
  });

  it('gives each page its own card, drawn from its title and kind', () => {
    const images = pages.map(imageOf);
    expect(new Set(images).size).toBe(pages.length);
    const treatment = cardInPage(
      readFileSync(join(DIST, 'treatments/microneedling/index.html'), 'utf8'),
    );
    expect(treatment?.card).toEqual({
      title: 'Microneedling',
      kind: 'Treatment',
      siteName: 'The Skin Clinic',
      host: SITE.host,
    });
  });
});
