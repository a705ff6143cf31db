import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPage, DIST } from '../helpers/built-site';

const SCRIPT_BUDGET = 20 * 1024;
const PAGEFIND = join(DIST, 'pagefind');

/** The page's own scripts, inline or external, without JSON-LD; Pagefind loads later, on search. */
function ownScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/application\/ld\+json/.test(attributes ?? ''))
    .map(([, attributes, body]) => {
      const src = /\bsrc="\/([^"]+)"/.exec(attributes ?? '')?.[1];
      return src ? readFileSync(join(DIST, src), 'utf8') : (body ?? '');
    });
}

describe('the search index in the built site', () => {
  it('has Pagefind’s script and an entry listing at least 9 pages', () => {
    expect(existsSync(join(PAGEFIND, 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce(
      (sum, { page_count }) => sum + page_count,
      0,
    );
    expect(pages).toBeGreaterThanOrEqual(9);
  });

  it.each([
    ['/treatments/microneedling/', 'Treatment'],
    ['/treatments/microneedling/procedure/', 'Procedure'],
    ['/treatments/microneedling/aftercare/', 'Aftercare'],
    ['/practitioners/ilona-abramenko/', 'Practitioner'],
  ])('files %s under the kind %s, inside the indexed main', (path, kind) => {
    const main = /<main[^>]*data-pagefind-body[^>]*>[\s\S]*<\/main>/.exec(builtPage(path))?.[0];
    expect(main).toContain(`data-pagefind-filter="kind:${kind}"`);
  });

  it.each([
    ['/practitioners/ilona-abramenko/', 'Ilona Abramenko'],
    ['/treatments/microneedling/', 'Microneedling'],
  ])('gives %s the subject field that search weights', (path, name) => {
    expect(builtPage(path)).toContain(
      `data-pagefind-meta="subject[data-subject]" data-subject="${name}"`,
    );
  });

  it('gives procedure and aftercare pages no subject field', () => {
    expect(builtPage('/treatments/microneedling/aftercare/')).not.toContain('data-subject');
  });
});

describe('the search page', () => {
  const html = builtPage('/search/');

  it('has a search form that works as a plain GET to /search/', () => {
    expect(html).toMatch(/<form[^>]*action="\/search\/"[^>]*role="search"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
  });

  it('offers a filter for each kind of page and a polite live region', () => {
    for (const kind of ['Treatment', 'Procedure', 'Aftercare', 'Practitioner']) {
      expect(html).toContain(`name="kind" value="${kind}"`);
    }
    expect(html).toMatch(/aria-live="polite"/);
  });

  it('names the procedure filter as the procedure page and its menu do', () => {
    const filter = /<label[^>]*>\s*<input[^>]*value="Procedure"[^>]*>\s*([^<]*?)\s*<\/label>/.exec(
      html,
    );
    const procedure = builtPage('/treatments/microneedling/procedure/');
    const ownLink = /<a[^>]*aria-current="page"[^>]*>\s*([^<]*?)\s*<\/a>/.exec(
      /<nav aria-label="Microneedling pages"[\s\S]*?<\/nav>/.exec(procedure)?.[0] ?? '',
    );
    expect(filter?.[1]).toBe('What happens');
    expect(ownLink?.[1]).toBe(filter?.[1]);
  });

  it('ships its own script at most 20 KB gzipped, without Pagefind’s UI', () => {
    const scripts = ownScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = gzipSync(scripts.join('\n'), { level: 9 }).length;
    expect(bytes, `the search page's script is ${bytes} bytes gzipped`).toBeLessThanOrEqual(
      SCRIPT_BUDGET,
    );
    expect(html).not.toMatch(/pagefind-(component-|modular-)?ui/);
  });

  it('puts a search form in the header of other pages, without JavaScript', () => {
    const home = builtPage('/');
    const header = /<header[\s\S]*?<\/header>/.exec(home)?.[0] ?? '';
    expect(header).toMatch(/<form[^>]*action="\/search\/"/);
    expect(header).toMatch(/<input[^>]*name="q"/);
    expect(header).not.toContain('<script');
  });
});
