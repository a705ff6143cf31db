import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site';

const ISLAND_BUDGET = 3 * 1024;
const PAGES_WITH_ISLAND = [
  'treatments/microneedling/index.html',
  'treatments/microneedling/aftercare/index.html',
];

const htmlFiles = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter(
  (file) => file.endsWith('.html'),
);
const scriptsOf = (file: string) =>
  [
    ...readFileSync(join(DIST, file), 'utf8').matchAll(
      /<script\b(?![^>]*application\/ld\+json)[^>]*>/g,
    ),
  ].map(([tag]) => tag);
const gzipped = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;

describe('JavaScript budgets of the built site', () => {
  it('found the built pages', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(htmlFiles.filter((file) => !PAGES_WITH_ISLAND.includes(file)))(
    '%s ships no JavaScript',
    (file) => {
      expect(scriptsOf(file)).toEqual([]);
    },
  );

  it.each(PAGES_WITH_ISLAND)('%s loads only the planner, at most 3 KB gzipped', (file) => {
    const sources = scriptsOf(file).map((tag) => /src="\/([^"]+)"/.exec(tag)?.[1]);
    expect(sources).toHaveLength(1);
    const bytes = gzipped(sources[0] ?? '');
    expect(bytes, `${sources[0]} is ${bytes} bytes gzipped`).toBeLessThanOrEqual(ISLAND_BUDGET);
  });
});
