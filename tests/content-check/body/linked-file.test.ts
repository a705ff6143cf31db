import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesNextTo } from '~/content-check/files/linked-file';
import { PICTURES } from '../../helpers/pictures';
import { tempFolder } from '../../helpers/temp-folders';

const { png: PNG, jpg: JPEG, webp: WEBP, avif: AVIF } = PICTURES;

function contentFolder() {
  const root = tempFolder('linked');
  const content = join(root, 'content');
  mkdirSync(join(content, 'practitioners'), { recursive: true });
  const write = (name: string, bytes: Buffer | string) =>
    writeFileSync(join(content, 'practitioners', name), bytes);
  write('photo.png', PNG);
  write('photo.jpg', JPEG);
  write('photo.webp', WEBP);
  write('photo.avif', AVIF);
  write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  write('fake.jpg', 'not really a picture');
  write('empty.png', '');
  write('prices.pdf', '%PDF-1.7');
  write('cut-short.png', PNG.subarray(0, 50));
  write('cut-short.jpg', JPEG.subarray(0, 200));
  write('cut-short.webp', WEBP.subarray(0, 40));
  write('cut-short.avif', AVIF.subarray(0, 200));
  write('html-after.png', Buffer.concat([PNG.subarray(0, 8), Buffer.from('<html>hi</html>')]));
  const huge = Buffer.from(PNG);
  huge.writeUInt32BE(60_000, 16);
  huge.writeUInt32BE(60_000, 20);
  write('huge.png', huge);
  writeFileSync(join(root, 'secret.png'), PNG);
  symlinkSync(join(root, 'secret.png'), join(content, 'practitioners', 'linked.png'));
  symlinkSync(root, join(content, 'practitioners', 'outside'));
  return { content, lookup: filesNextTo(join(content, 'practitioners', 'karen.mdx'), content) };
}

describe('what a link or picture in page text finds', () => {
  const { lookup } = contentFolder();

  it.each(['photo.png', './photo.jpg', 'photo.webp', 'photo.avif'])('%s is a picture', (path) => {
    expect(lookup(path)).toBe('picture');
  });

  it.each([
    'logo.svg',
    'fake.jpg',
    'empty.png',
    'prices.pdf',
    'cut-short.png',
    'cut-short.jpg',
    'cut-short.webp',
    'cut-short.avif',
    'html-after.png',
    'huge.png',
  ])('%s is not a picture the site shows', (path) => {
    expect(lookup(path)).toBe('not a picture');
  });

  it('finds nothing for a missing file or a symbolic link', () => {
    expect(lookup('missing.jpg')).toBe('missing');
    expect(lookup('linked.png')).toBe('missing');
  });

  it('refuses any path out of the content folder, through a linked folder too', () => {
    expect(lookup('../../secret.png')).toBe('outside content');
    expect(lookup('/etc/passwd')).toBe('outside content');
    expect(lookup('outside/secret.png')).toBe('outside content');
  });
});
