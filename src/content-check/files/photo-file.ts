/**
 * What is wrong with a practitioner's photo, looked for before Astro's image pipeline opens it: that
 * pipeline stops the build with a stack trace on a file that is not an image, and would publish an
 * SVG drawing, which can carry a script, as it is.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** The photo formats the site publishes, by file name ending. */
const PHOTO_ENDINGS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

/** Large enough for any photo from a camera; Astro makes the small copies the pages show. */
export const MOST_PHOTO_BYTES = 20 * 1024 * 1024;

const ascii = (bytes: Buffer, from: number, to: number) =>
  bytes.subarray(from, to).toString('latin1');

/** The format a file's first bytes say it is in, whatever its name says. */
function formatOf(bytes: Buffer): 'jpeg' | 'png' | 'webp' | 'avif' | 'svg' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // An ISO media file names its kinds in its first box: "ftyp", then brands such as "avif".
  if (ascii(bytes, 4, 8) === 'ftyp' && /avi[fs]/.test(ascii(bytes, 8, 32))) return 'avif';
  if (/<svg|<\?xml/i.test(bytes.toString('utf8'))) return 'svg';
  return undefined;
}

function firstBytes(path: string, count: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(count);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, count, 0));
  } finally {
    closeSync(descriptor);
  }
}

function bytesAt(path: string, from: number, count: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(count);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, count, Math.max(0, from)));
  } finally {
    closeSync(descriptor);
  }
}

const PNG_END = Buffer.from('0000000049454e44ae426082', 'hex');

/** Whether an ISO media file's top-level boxes, each with its size up front, fill it exactly. */
function boxesFill(path: string, size: number): boolean {
  let offset = 0;
  for (let boxes = 0; offset < size && boxes < 1000; boxes += 1) {
    const header = bytesAt(path, offset, 16);
    if (header.length < 8) return false;
    const boxSize = header.readUInt32BE(0);
    if (boxSize === 0) return true;
    const length = boxSize === 1 ? Number(header.readBigUInt64BE(8)) : boxSize;
    if (length < 8) return false;
    offset += length;
  }
  return offset === size;
}

/**
 * Whether a picture is whole: a PNG ends with its end chunk, a JPEG with its end mark, a WebP and
 * an AVIF are as long as their headers say. An upload cut short passes the first bytes but not this.
 */
function isWhole(format: 'jpeg' | 'png' | 'webp' | 'avif', path: string, size: number): boolean {
  if (format === 'png') return bytesAt(path, size - PNG_END.length, PNG_END.length).equals(PNG_END);
  // Some cameras pad a JPEG after its end mark.
  if (format === 'jpeg')
    return bytesAt(path, size - 1024, 1024).includes(Buffer.from([0xff, 0xd9]));
  if (format === 'webp') {
    const declared = bytesAt(path, 4, 4).readUInt32LE(0) + 8;
    return declared === size || declared + 1 === size;
  }
  return boxesFill(path, size);
}

/** The widest and tallest a photo may be: more than any camera makes, less than a reader chokes on. */
export const MOST_PHOTO_SIDE = 12_000;

/** A PNG's width and height, from the header chunk that must come first. */
const pngSides = (start: Buffer) => [start.readUInt32BE(16), start.readUInt32BE(20)];

type PictureProblem = 'not a picture' | 'svg' | 'cut short' | 'too large';

/** What is wrong with the picture at `path`, by its bytes, or undefined when it is a whole picture. */
function pictureProblem(path: string, size: number): PictureProblem | undefined {
  const start = firstBytes(path, 512);
  const format = formatOf(start);
  if (format === 'svg') return 'svg';
  if (format === undefined) return 'not a picture';
  if (!isWhole(format, path, size)) return 'cut short';
  if (format === 'png' && pngSides(start).some((side) => side > MOST_PHOTO_SIDE))
    return 'too large';
  return undefined;
}

/** Whether the file at `path` is a whole JPEG, PNG, WebP or AVIF picture by its bytes. */
export function isPicture(path: string): boolean {
  return pictureProblem(path, lstatSync(path).size) === undefined;
}

const SVG =
  'The photo is an SVG drawing, which the site does not publish: it can hold a script. Save the photo as a .jpg, .png, .webp or .avif image.';

/** Where photos are kept, in an editor's words: "the profiles", in content/practitioners/. */
export interface PhotoPlace {
  files: string;
  file: string;
  folder: string;
}

const PROFILES: PhotoPlace = {
  files: 'the profiles',
  file: 'the profile',
  folder: 'content/practitioners/',
};

/**
 * The problem with the photo at `written` (as its file writes it) in `folder`, or undefined when it
 * is a real photo there. A link is left to the content check's rule for links, which names it.
 */
export function photoProblem(
  folder: string,
  written: string,
  place: PhotoPlace = PROFILES,
): string | undefined {
  const ending = extname(written).toLowerCase();
  if (ending === '.svg') return SVG;
  if (!PHOTO_ENDINGS.has(ending))
    return 'The photo must be a .jpg, .png, .webp or .avif image file.';
  const path = resolve(folder, written);
  const inside = relative(folder, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return `The photo must be saved in the folder of ${place.files}, ${place.folder}, but this path leads out of it. Write ./ and the photo's file name.`;
  }
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) {
    return `There is no image file at this path. Save the photo in the same folder as ${place.file}, then write ./ and its file name.`;
  }
  if (!stats.isFile()) return undefined;
  if (stats.size > MOST_PHOTO_BYTES) {
    return `The photo is ${Math.ceil(stats.size / 1024 / 1024)} MB, more than the ${MOST_PHOTO_BYTES / 1024 / 1024} MB a photo can be. Save it smaller.`;
  }
  const problem = pictureProblem(path, stats.size);
  if (problem === 'svg') return SVG;
  if (problem === 'not a picture') {
    return `The file at this path is not a JPEG, PNG, WebP or AVIF image, although its name ends in ${ending}. Open it in a photo program and save it again as a .jpg, .png, .webp or .avif image.`;
  }
  if (problem === 'cut short') {
    return 'The photo file is not whole: it stops part of the way through, as a file does when its copy or upload was cut short. Copy the photo again from where it came from.';
  }
  if (problem === 'too large') {
    return `The photo is more than ${MOST_PHOTO_SIDE.toLocaleString('en-GB')} pixels wide or tall. Save a smaller copy of it.`;
  }
  return undefined;
}
