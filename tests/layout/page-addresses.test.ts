import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');
const ADDRESSES = 'lib/urls.ts';

// A page address starts a string, a template or an attribute value: "/treatments/", `/search/`.
const HAND_BUILT = /["'`=(]\/(?:treatments|practitioners|search)\//;

/** The lines of `text` that write a page address by hand. */
const handBuilt = (text: string) => text.split('\n').filter((line) => HAND_BUILT.test(line));

describe('page addresses', () => {
  it('are written only in src/lib/urls.ts', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(ts|astro)$/.test(file) && file !== ADDRESSES,
    );
    const found = files.flatMap((file) =>
      handBuilt(readFileSync(join(SRC, file), 'utf8')).map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('are found however the address is written', () => {
    expect(handBuilt('<a href="/treatments/">')).toHaveLength(1);
    expect(handBuilt('const base = `/treatments/${id}/`;')).toHaveLength(1);
    expect(handBuilt("new URL('/practitioners/x/', site)")).toHaveLength(1);
    expect(handBuilt('<form action="/search/">')).toHaveLength(1);
    expect(handBuilt('no profile in content/practitioners/.')).toEqual([]);
    expect(readFileSync(join(SRC, ADDRESSES), 'utf8')).toMatch(HAND_BUILT);
  });
});
