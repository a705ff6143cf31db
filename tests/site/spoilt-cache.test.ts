import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, contentWith } from '../helpers/build-site';
import { tempFolder } from '../helpers/temp-folders';

/**
 * Each kind of kept file in the build's cache is spoilt three ways: overwritten with garbage,
 * emptied and cut short. The next build must write what a build from nothing writes, and keep good
 * files in their place. The first build, made with an empty cache, is the build from nothing.
 */
const SPOILS = {
  garbage: (bytes: Buffer) => Buffer.alloc(bytes.length, 0x41),
  empty: () => Buffer.alloc(0),
  'cut short': (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2)),
};
type Spoil = keyof typeof SPOILS;

/** Every file under `dir`, by its path in it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file of a built site, by path, as a hash of its bytes. */
function hashesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

let outDir = '';
let cacheDir = '';
let cold: Record<string, string> = {};
let log = '';
/** Which kept file of each kind was spoilt in which way, by its path in the cache folder. */
const spoilt: Record<'pages' | 'copies' | 'cards', Record<Spoil, string>> = {
  pages: {} as Record<Spoil, string>,
  copies: {} as Record<Spoil, string>,
  cards: {} as Record<Spoil, string>,
};

/** Spoils the first three of `files`, one in each way, and notes which. */
function spoilThree(kind: keyof typeof spoilt, files: string[]) {
  const ways = Object.keys(SPOILS) as Spoil[];
  expect(files.length, `kept ${kind}`).toBeGreaterThanOrEqual(ways.length);
  ways.forEach((way, index) => {
    const file = join(cacheDir, files[index] ?? '');
    writeFileSync(file, SPOILS[way](readFileSync(file)));
    spoilt[kind][way] = relative(cacheDir, file);
  });
}

beforeAll(() => {
  const contentDir = contentWith();
  outDir = tempFolder('spoilt-dist');
  cacheDir = tempFolder('spoilt-cache');
  buildInto({ contentDir, outDir, cacheDir });
  cold = hashesOf(outDir);

  spoilThree(
    'pages',
    filesUnder(join(cacheDir, 'dist')).map((page) => join('dist', page)),
  );
  const copies = filesUnder(join(cacheDir, 'precompressed'));
  // Two brotli copies and a gzip one.
  spoilThree(
    'copies',
    [
      ...copies.filter((name) => name.endsWith('.br')).slice(0, 2),
      ...copies.filter((name) => name.endsWith('.gz')).slice(0, 1),
    ].map((name) => join('precompressed', name)),
  );
  spoilThree(
    'cards',
    filesUnder(join(cacheDir, 'share-cards'))
      .filter((name) => name.endsWith('.png'))
      .map((name) => join('share-cards', name)),
  );
  log = buildInto({ contentDir, outDir, cacheDir });
});

const pageOf = (cached: string) => `/${relative('dist', cached)}`;

describe('a build whose cache has been spoilt', () => {
  it('writes what a build from nothing writes', () => {
    expect(hashesOf(outDir)).toEqual(cold);
  });

  it('renders each spoilt page again and says so, and copies the rest', () => {
    const pages = Object.values(spoilt.pages).map(pageOf);
    for (const page of pages) expect(log).toMatch(new RegExp(`├─ ${page} \\(\\+[\\d.]+m?s\\)`));
    expect(log).toMatch(/3 kept pages are not as the last build published them/);
    expect(log).toMatch(/\(restored\)/);
  });

  it('compresses the spoilt copies and draws the spoilt cards again, and takes the rest from the cache', () => {
    expect(log).toMatch(/ 3 new ones kept/);
    expect(Number(/(\d+) compressed copies from the cache/.exec(log)?.[1])).toBeGreaterThan(0);
    expect(log).toMatch(/share cards, 3 drawn/);
  });

  it('puts good files back in the cache in place of the spoilt ones', () => {
    for (const cached of Object.values(spoilt.pages)) {
      expect(
        readFileSync(join(cacheDir, cached)).equals(readFileSync(join(outDir, pageOf(cached)))),
      ).toBe(true);
    }
    for (const cached of Object.values(spoilt.copies)) {
      const bytes = readFileSync(join(cacheDir, cached));
      const decompress = cached.endsWith('.br') ? brotliDecompressSync : gunzipSync;
      expect(decompress(bytes).length, cached).toBeGreaterThan(1024);
    }
    for (const cached of Object.values(spoilt.cards)) {
      const card = join(outDir, 'cards', relative('share-cards', cached));
      expect(readFileSync(join(cacheDir, cached)).equals(readFileSync(card))).toBe(true);
    }
  });
});
