/**
 * What a link or picture in page text finds on disk. Only plain files inside the content folder
 * count: a path that climbs out of it, or a symbolic link, could reach any file on the machine.
 */
import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { FileAtLink, FileLookup } from '../body/body-findings.ts';

// The first bytes of each kind of picture the site shows; SVG is text that can hold script.
const PICTURE_STARTS: readonly (readonly (number | undefined)[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x52, 0x49, 0x46, 0x46, , , , , 0x57, 0x45, 0x42, 0x50], // WebP: RIFF....WEBP
  [, , , , 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], // AVIF: ....ftypavif
];

/** Whether the file at `path` starts as a PNG, JPEG, WebP or AVIF picture does. */
export function isPicture(path: string): boolean {
  const start = Buffer.alloc(12);
  const file = openSync(path, 'r');
  try {
    readSync(file, start, 0, start.length, 0);
  } finally {
    closeSync(file);
  }
  return PICTURE_STARTS.some((bytes) =>
    bytes.every((byte, index) => byte === undefined || start[index] === byte),
  );
}

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** Looks up paths written in the page at `pagePath`, inside `contentDir`. */
export function filesNextTo(pagePath: string, contentDir: string): FileLookup {
  return (written): FileAtLink => {
    const path = resolve(dirname(pagePath), written);
    if (!isInside(resolve(contentDir), path)) return 'outside content';
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile()) return 'missing';
    // A folder on the way may itself be a link to somewhere else.
    if (!isInside(realpathSync(contentDir), realpathSync(path))) return 'outside content';
    return isPicture(path) ? 'picture' : 'not a picture';
  };
}
