import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckedFiles, openCheckedFiles } from '~/lib/checked-files';
import { tempFolder } from '../helpers/temp-folders';

const CARD = Buffer.from('a drawn card '.repeat(100));

/** A folder with one kept file, `card.png`, and its index saved. */
async function keptFolder() {
  const dir = tempFolder('checked-files');
  const index = join(dir, 'checksums.json');
  const files = await openCheckedFiles(dir, index);
  await files.keep('card.png', CARD);
  await files.save();
  return { dir, index, path: join(dir, 'card.png') };
}

describe('a cache folder whose files are checked', () => {
  it('gives back a kept file byte for byte in the next build', async () => {
    const { dir, index } = await keptFolder();
    const next = await openCheckedFiles(dir, index);
    expect((await next.read('card.png'))?.equals(CARD)).toBe(true);
  });

  it.each([
    ['garbage', (path: string) => writeFileSync(path, Buffer.alloc(CARD.length, 7))],
    ['empty', (path: string) => writeFileSync(path, '')],
    ['cut short', (path: string) => writeFileSync(path, readFileSync(path).subarray(0, 100))],
    ['one byte longer', (path: string) => writeFileSync(path, Buffer.concat([CARD, Buffer.of(0)]))],
  ])('does not trust a kept file that is now %s', async (_, spoil) => {
    const { dir, index, path } = await keptFolder();
    spoil(path);
    expect(await (await openCheckedFiles(dir, index)).read('card.png')).toBeUndefined();
  });

  it('does not trust a file the index does not list, or any file when the index is spoilt', async () => {
    const { dir, index } = await keptFolder();
    writeFileSync(join(dir, 'other.png'), CARD);
    expect(await (await openCheckedFiles(dir, index)).read('other.png')).toBeUndefined();
    for (const spoilt of ['', '{"version":1,"files":', 'null', '{"version":2,"files":{}}']) {
      writeFileSync(index, spoilt);
      expect(await (await openCheckedFiles(dir, index)).read('card.png'), spoilt).toBeUndefined();
    }
  });

  it('forgets what it is told to keep no longer, and lists afresh when asked to', async () => {
    const { dir, index } = await keptFolder();
    const next = await openCheckedFiles(dir, index);
    next.keepOnly(new Set());
    await next.save();
    expect(await (await openCheckedFiles(dir, index)).read('card.png')).toBeUndefined();

    const fresh = new CheckedFiles(dir, index);
    fresh.note('card.png', CARD);
    await fresh.save();
    expect((await (await openCheckedFiles(dir, index)).read('card.png'))?.equals(CARD)).toBe(true);
  });
});
