import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadedFirst, worthPrecompressing } from '~/publish/precompress-rule';
import { builtFiles, DIST } from '../helpers/built-site';

const originals = builtFiles().filter((file) => !/\.(br|gz)$/.test(file));
const compressed = originals.filter((file) =>
  worthPrecompressing(file, statSync(join(DIST, file)).size),
);
const left = originals.filter((file) => !compressed.includes(file));

const DECOMPRESS = { br: brotliDecompressSync, gz: gunzipSync } as const;

describe('precompressed copies in the built site', () => {
  it('compresses pages, styles, scripts and Pagefind’s scripts', () => {
    expect(compressed).toContain('index.html');
    expect(compressed.some((file) => file.endsWith('.css'))).toBe(true);
    expect(compressed.some((file) => /^_astro\/.*\.js$/.test(file))).toBe(true);
    expect(compressed).toContain('pagefind/pagefind.js');
  });

  it.each(compressed)('%s: .br and .gz give back the same bytes, smaller', (file) => {
    const original = readFileSync(join(DIST, file));
    for (const [suffix, decompress] of Object.entries(DECOMPRESS)) {
      const copy = readFileSync(join(DIST, `${file}.${suffix}`));
      expect(copy.length, suffix).toBeLessThan(original.length);
      expect(decompress(copy).equals(original), suffix).toBe(true);
    }
  });

  it('leaves files of 1 KB or less and files that are not text alone', () => {
    expect(left).toContain('robots.txt');
    expect(left.some((file) => file.endsWith('.png'))).toBe(true);
    expect(left.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    const copies = left.flatMap((file) =>
      ['br', 'gz']
        .map((suffix) => `${file}.${suffix}`)
        .filter((copy) => existsSync(join(DIST, copy))),
    );
    expect(copies).toEqual([]);
  });

  it('gives what a client loads first the bytes of the strongest levels, brotli 11 and gzip 9', () => {
    const first = compressed.filter(loadedFirst);
    expect(first).toContain('index.html');
    expect(first).toContain('pagefind/pagefind.js');
    for (const file of first) {
      const original = readFileSync(join(DIST, file));
      expect(readFileSync(join(DIST, `${file}.br`)).length, file).toBe(
        brotliCompressSync(original).length,
      );
      expect(readFileSync(join(DIST, `${file}.gz`)).length, file).toBe(
        gzipSync(original, { level: 9 }).length,
      );
    }
  });

  it('decides by type and size', () => {
    expect(worthPrecompressing('a/index.html', 1025)).toBe(true);
    expect(worthPrecompressing('a/index.html', 1024)).toBe(false);
    expect(worthPrecompressing('cards/1a2b3c4d.png', 50_000)).toBe(false);
    expect(worthPrecompressing('pagefind/pagefind-entry.json', 2048)).toBe(true);
  });
});
