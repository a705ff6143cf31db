import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesNextTo } from '~/content-check/files/linked-file';
import { tempFolder } from '../../helpers/temp-folders';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
const AVIF = Buffer.concat([Buffer.from('0000001c', 'hex'), Buffer.from('ftypavif')]);

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

  it.each(['logo.svg', 'fake.jpg', 'empty.png', 'prices.pdf'])('%s is not a picture', (path) => {
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
