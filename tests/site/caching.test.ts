import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '~/publish/headers-file';
import { builtFiles, DIST } from '../helpers/built-site';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The address a host serves a file at: a folder's `index.html` at the folder, with its slash. */
const addressOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/** The Cache-Control values a host would send for a file, one per matching rule. */
const cachingOf = (file: string) =>
  headersFor(rules, addressOf(file))
    .filter(([name]) => name.toLowerCase() === 'cache-control')
    .map(([, value]) => value);

/**
 * Whether a file's name carries a hash of its content: a last name part of seven or more letters
 * and digits that is not a lower-case word, as Astro (`BaseLayout.DFZwVpBm.css`), Pagefind
 * (`en-gb_5c1f….pf_index`) and the share cards (`cards/3fa9….png`) write them.
 */
function nameHasHash(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.[\w]+$/, '');
  // Astro writes name.HASH.js, and its hashes may hold "_"; Pagefind writes en_HASH.pf_fragment.
  const candidates = [name.split('.').at(-1), name.split(/[._]/).at(-1)];
  return candidates.some(
    (last = '') => /^[A-Za-z0-9_-]{7,}$/.test(last) && /[0-9]|.[A-Z]/.test(last),
  );
}

// Precompressed copies are sent for their original's address, with its headers.
const served = builtFiles().filter((file) => !/\.(br|gz)$/.test(file) && file !== '_headers');

describe('caching rules in _headers, against the built files', () => {
  it('has the files it is checked against', () => {
    expect(served.length).toBeGreaterThan(20);
  });

  it.each(served)('%s is matched by exactly one caching rule', (file) => {
    expect(cachingOf(file)).toHaveLength(1);
  });

  it('keeps a file for a year only when its name changes with its content', () => {
    const immutable = served.filter((file) => cachingOf(file).includes(YEAR));
    expect(immutable.filter((file) => !nameHasHash(file))).toEqual([]);
    expect(immutable.some((file) => file.startsWith('_astro/'))).toBe(true);
    expect(immutable.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('has every other file checked with the server on each use', () => {
    const others = served.filter((file) => !cachingOf(file).includes(YEAR));
    expect(others.map((file) => [file, cachingOf(file)])).toEqual(
      others.map((file) => [file, [REVALIDATE]]),
    );
    for (const file of [
      'index.html',
      'treatments/microneedling/index.html',
      '404.html',
      'robots.txt',
      'sitemap-index.xml',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
    ])
      expect(others).toContain(file);
  });

  it('tells hashed names from plain ones', () => {
    expect(nameHasHash('_astro/BaseLayout.DFZwVpBm.css')).toBe(true);
    expect(nameHasHash('_astro/Planner.astro_astro_type_script_index_0_lang.Cf_J3nwW.js')).toBe(
      true,
    );
    expect(nameHasHash('pagefind/index/en-gb_5c1f0e2d9a.pf_index')).toBe(true);
    expect(nameHasHash('pagefind/pagefind-entry.json')).toBe(false);
    expect(nameHasHash('pagefind/pagefind.js')).toBe(false);
    expect(nameHasHash('treatments/index.html')).toBe(false);
  });
});
