import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openCheckedFiles } from '~/lib/checked-files';
import { CompressedCopiesCache, type AheadFormat } from '~/publish/compressed-copies-cache';
import { tempFolder } from '../helpers/temp-folders';

/** One build's compression, as astro-compressor and the cache do it together. */
async function build(cache: CompressedCopiesCache, files: string[]) {
  for (const file of files) {
    if (await cache.restore(file, 'gz')) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
    await cache.written(file, 'gz');
  }
  return cache.save();
}

/** The kept copies in `dir`, without the index of their checksums. */
const copiesIn = (dir: string) => readdirSync(dir).filter((name) => name !== 'checksums.json');

function siteWith(pages: Record<string, string>): string[] {
  const dist = tempFolder('compressed-dist');
  return Object.entries(pages).map(([name, text]) => {
    writeFileSync(join(dist, name), text);
    return join(dist, name);
  });
}

describe('the cache of compressed copies', () => {
  it('gives an unchanged file its copy back, byte for byte, without compressing it again', async () => {
    const dir = tempFolder('compressed-cache');
    const [first = ''] = siteWith({ 'index.html': 'Microneedling '.repeat(200) });
    expect(await build(new CompressedCopiesCache(dir, 'v1'), [first])).toEqual({
      restored: 0,
      kept: 1,
      early: 0,
      dropped: 0,
    });
    const expected = readFileSync(`${first}.gz`);

    const [again = ''] = siteWith({ 'index.html': 'Microneedling '.repeat(200) });
    const cache = new CompressedCopiesCache(dir, 'v1');
    expect(await cache.restore(again, 'gz')).toBe(true);
    expect(readFileSync(`${again}.gz`).equals(expected)).toBe(true);
    expect(await cache.save()).toEqual({ restored: 1, kept: 0, early: 0, dropped: 0 });
  });

  it('never gives a changed file an old copy', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Aftercare '.repeat(200) });
    await build(new CompressedCopiesCache(dir, 'v1'), [page]);

    writeFileSync(page, 'Aftercare, changed '.repeat(200));
    const cache = new CompressedCopiesCache(dir, 'v1');
    expect(await cache.restore(page, 'gz')).toBe(false);
  });

  it('compresses again when the settings change', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Practitioners '.repeat(200) });
    await build(new CompressedCopiesCache(dir, 'level 9'), [page]);
    expect(await new CompressedCopiesCache(dir, 'level 6').restore(page, 'gz')).toBe(false);
  });

  it('writes each copy whole under its name, and drops what a stopped build left half-written', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Closures '.repeat(200) });
    writeFileSync(join(dir, 'abc123.gz.4242.partial'), 'half a copy');
    await build(new CompressedCopiesCache(dir, 'v1'), [page]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(copiesIn(dir)).toHaveLength(1);
  });

  it('keeps only the copies the last build used', async () => {
    const dir = tempFolder('compressed-cache');
    const [kept = '', removed = ''] = siteWith({
      'kept.html': 'Opening hours '.repeat(200),
      'removed.html': 'Old treatment '.repeat(200),
    });
    await build(new CompressedCopiesCache(dir, 'v1'), [kept, removed]);
    expect(copiesIn(dir)).toHaveLength(2);

    expect(await build(new CompressedCopiesCache(dir, 'v1'), [kept])).toEqual({
      restored: 1,
      kept: 0,
      early: 0,
      dropped: 1,
    });
    expect(copiesIn(dir)).toHaveLength(1);
    const next = new CompressedCopiesCache(dir, 'v1');
    expect(await next.restore(kept, 'gz')).toBe(true);
    expect(await next.restore(removed, 'gz')).toBe(false);
  });

  it.each([
    ['garbage', (copy: string) => writeFileSync(copy, Buffer.alloc(readFileSync(copy).length, 9))],
    ['empty', (copy: string) => writeFileSync(copy, '')],
    ['cut short', (copy: string) => writeFileSync(copy, readFileSync(copy).subarray(0, 20))],
  ])('compresses again, and keeps the new copy, when the kept one is %s', async (_, spoil) => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Treatments '.repeat(200) });
    await build(new CompressedCopiesCache(dir, 'v1'), [page]);
    const expected = readFileSync(`${page}.gz`);
    const [kept = ''] = copiesIn(dir);
    spoil(join(dir, kept));

    rmSync(`${page}.gz`);
    expect(await build(new CompressedCopiesCache(dir, 'v1'), [page])).toEqual({
      restored: 0,
      kept: 1,
      early: 0,
      dropped: 0,
    });
    expect(readFileSync(`${page}.gz`).equals(expected)).toBe(true);
    expect(readFileSync(join(dir, kept)).equals(expected)).toBe(true);
    expect(await new CompressedCopiesCache(dir, 'v1').restore(page, 'gz')).toBe(true);
  });

  it('does not give back a kept copy that decompresses to other bytes, even when its checksum holds', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Aftercare '.repeat(200) });
    await build(new CompressedCopiesCache(dir, 'v1'), [page]);
    const [kept = ''] = copiesIn(dir);
    const files = await openCheckedFiles(dir, join(dir, 'checksums.json'));
    await files.keep(kept, gzipSync('Another page '.repeat(200)));
    await files.save();

    expect(await new CompressedCopiesCache(dir, 'v1').restore(page, 'gz')).toBe(false);
  });
});

describe('copies made ahead of the compression step', () => {
  const GZIP: AheadFormat[] = [
    { ext: 'gz', compress: (bytes) => Promise.resolve(gzipSync(bytes)) },
  ];

  it('are written beside the file only by the step, and kept for the next build', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Procedure '.repeat(200) });
    const cache = new CompressedCopiesCache(dir, 'v1');
    await cache.ahead(page, GZIP);
    // A build that fails before the step finds nothing of it in its out dir.
    expect(existsSync(`${page}.gz`)).toBe(false);
    expect(await cache.restore(page, 'gz'), 'the step only writes it').toBe(true);
    const made = readFileSync(`${page}.gz`);
    expect(gunzipSync(made).equals(readFileSync(page))).toBe(true);
    expect(await cache.save()).toEqual({ restored: 0, kept: 1, early: 0, dropped: 0 });

    const [again = ''] = siteWith({ 'index.html': 'Procedure '.repeat(200) });
    const next = new CompressedCopiesCache(dir, 'v1');
    expect(await next.restore(again, 'gz')).toBe(true);
    expect(readFileSync(`${again}.gz`).equals(made)).toBe(true);
  });

  it('are taken from the cache rather than made when it has them', async () => {
    const dir = tempFolder('compressed-cache');
    const [first = ''] = siteWith({ 'index.html': 'Aftercare '.repeat(200) });
    await build(new CompressedCopiesCache(dir, 'v1'), [first]);
    const [again = ''] = siteWith({ 'index.html': 'Aftercare '.repeat(200) });
    const cache = new CompressedCopiesCache(dir, 'v1');
    const compressing: AheadFormat[] = [
      { ext: 'gz', compress: () => Promise.reject(new Error('compressed again')) },
    ];
    await cache.ahead(again, compressing);
    expect(await cache.restore(again, 'gz')).toBe(true);
    expect(gunzipSync(readFileSync(`${again}.gz`)).equals(readFileSync(again))).toBe(true);
    expect(await cache.save()).toEqual({ restored: 1, kept: 0, early: 0, dropped: 0 });
  });

  it('are not used, or counted, once the file has changed: the step compresses it again', async () => {
    const dir = tempFolder('compressed-cache');
    const [page = ''] = siteWith({ 'index.html': 'Practitioners '.repeat(200) });
    const cache = new CompressedCopiesCache(dir, 'v1');
    await cache.ahead(page, GZIP);
    writeFileSync(page, 'Practitioners, changed after the copy was made '.repeat(200));
    expect(await cache.restore(page, 'gz')).toBe(false);
    writeFileSync(`${page}.gz`, gzipSync(readFileSync(page)));
    await cache.written(page, 'gz');
    expect(await cache.save()).toEqual({ restored: 0, kept: 1, early: 0, dropped: 0 });
  });
});

describe('copies made from a page as it is rendered, before its file is written', () => {
  const page = 'Microneedling aftercare, day by day. '.repeat(100);
  const gzipCounting = () => {
    let calls = 0;
    const formats: AheadFormat[] = [
      {
        ext: 'gz',
        compress: (bytes) => {
          calls += 1;
          return Promise.resolve(gzipSync(bytes));
        },
      },
    ];
    return { formats, calls: () => calls };
  };

  it('are taken by the file written with those bytes, which is not compressed again', async () => {
    const dir = tempFolder('compressed-cache');
    const cache = new CompressedCopiesCache(dir, 'v1');
    const gzip = gzipCounting();
    await cache.early('index.html', Buffer.from(page), gzip.formats);
    expect(gzip.calls()).toBe(1);
    const [file = ''] = siteWith({ 'index.html': page });
    await cache.ahead(file, gzip.formats);
    expect(gzip.calls(), 'the file took the copy made as it was rendered').toBe(1);
    expect(await cache.restore(file, 'gz')).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
    expect(await cache.save()).toEqual({ restored: 0, kept: 1, early: 1, dropped: 0 });
    // Kept for the next build like any other copy.
    const [again = ''] = siteWith({ 'index.html': page });
    expect(await new CompressedCopiesCache(dir, 'v1').restore(again, 'gz')).toBe(true);
  });

  it('are not given to a file whose bytes or settings are not those they were made from', async () => {
    const cache = new CompressedCopiesCache(tempFolder('compressed-cache'), (file) =>
      file.endsWith('.html') ? 'strongest' : 'quick',
    );
    const gzip = gzipCounting();
    await cache.early('index.html', Buffer.from(page), gzip.formats);
    const [changed = '', other = ''] = siteWith({
      'index.html': `${page} Written again.`,
      'index.xml': page,
    });
    await cache.ahead(changed, gzip.formats);
    await cache.ahead(other, gzip.formats);
    expect(gzip.calls()).toBe(3);
    expect(await cache.restore(changed, 'gz')).toBe(true);
    expect(gunzipSync(readFileSync(`${changed}.gz`)).toString()).toBe(`${page} Written again.`);
    expect((await cache.save()).early).toBe(0);
  });

  it('are not counted once the file has changed after it took them', async () => {
    const cache = new CompressedCopiesCache(tempFolder('compressed-cache'), 'v1');
    const gzip = gzipCounting();
    await cache.early('index.html', Buffer.from(page), gzip.formats);
    const [file = ''] = siteWith({ 'index.html': page });
    await cache.ahead(file, gzip.formats);
    writeFileSync(file, `${page} Changed after its copy was taken.`);
    expect(await cache.restore(file, 'gz')).toBe(false);
    expect(await cache.save()).toEqual({ restored: 0, kept: 0, early: 0, dropped: 0 });
  });

  it('are not made again when the cache has them, and one that fails is made by the file', async () => {
    const dir = tempFolder('compressed-cache');
    const [first = ''] = siteWith({ 'index.html': page });
    await build(new CompressedCopiesCache(dir, 'v1'), [first]);
    const failing: AheadFormat[] = [
      { ext: 'gz', compress: () => Promise.reject(new Error('compressed again')) },
    ];
    const warm = new CompressedCopiesCache(dir, 'v1');
    const early = gzipCounting();
    await warm.early('index.html', Buffer.from(page), early.formats);
    expect(early.calls(), 'the cache has this copy').toBe(0);
    const [again = ''] = siteWith({ 'index.html': page });
    await warm.ahead(again, failing);
    expect(await warm.save()).toEqual({ restored: 1, kept: 0, early: 0, dropped: 0 });

    const cold = new CompressedCopiesCache(tempFolder('compressed-cache'), 'v1');
    await cold.early('index.html', Buffer.from(page), failing);
    const gzip = gzipCounting();
    await cold.ahead(again, gzip.formats);
    expect(gzip.calls()).toBe(1);
    expect(await cold.save()).toEqual({ restored: 0, kept: 1, early: 0, dropped: 0 });
  });
});
