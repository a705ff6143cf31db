import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, DIST } from '../helpers/built-site';

const SITE = 'https://www.example.com';
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('search and sharing metadata on every page', () => {
  it('gives every page a unique title and description', () => {
    const titles = pages.map((path) => /<title>([^<]+)<\/title>/.exec(builtPage(path))?.[1]);
    const descriptions = pages.map((path) => meta(builtPage(path), 'description'));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
    expect(descriptions.every((text) => text && text.length > 20)).toBe(true);
  });

  it.each(pages)('%s has a canonical address, Open Graph and Twitter tags in en-GB', (path) => {
    const html = builtPage(path);
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${path}">`);
    expect(meta(html, 'og:url')).toBe(`${SITE}${path}`);
    expect(meta(html, 'og:title')).toBe(/<title>([^<]+)<\/title>/.exec(html)?.[1]);
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'og:locale')).toBe('en_GB');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image')).toMatch(new RegExp(`^${SITE}/cards/[0-9a-f]{16}\\.png$`));
    expect(meta(html, 'og:image:alt')).toMatch(/^The Skin Clinic/);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
  });

  it('lists every page in the sitemap and points robots.txt at it', () => {
    const sitemap = builtPage('/sitemap-0.xml');
    for (const path of pages) expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
    expect(builtPage('/robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('sets a Content-Security-Policy without unsafe-inline, and the host headers', () => {
    const policy =
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtPage('/'))?.[1] ??
      '';
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(policy).toMatch(/object-src 'none'/);
    const headers = builtPage('/_headers');
    for (const header of [
      "frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
    ]) {
      expect(headers).toContain(header);
    }
  });
});
