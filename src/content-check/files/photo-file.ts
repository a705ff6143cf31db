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

/** Whether the file at `path` is a JPEG, PNG, WebP or AVIF picture by its first bytes. */
export function isPicture(path: string): boolean {
  const format = formatOf(firstBytes(path, 512));
  return format !== undefined && format !== 'svg';
}

const SVG =
  'The photo is an SVG drawing, which the site does not publish: it can hold a script. Save the photo as a .jpg, .png, .webp or .avif image.';

/**
 * The problem with the photo at `written` (as the profile writes it) in `folder`, the folder of the
 * profiles, or undefined when it is a real photo there. A link is left to the content check's rule
 * for links, which names it.
 */
export function photoProblem(folder: string, written: string): string | undefined {
  const ending = extname(written).toLowerCase();
  if (ending === '.svg') return SVG;
  if (!PHOTO_ENDINGS.has(ending))
    return 'The photo must be a .jpg, .png, .webp or .avif image file.';
  const path = resolve(folder, written);
  const inside = relative(folder, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return "The photo must be saved in the folder of the profiles, content/practitioners/, but this path leads out of it. Write ./ and the photo's file name.";
  }
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) {
    return 'There is no image file at this path. Save the photo in the same folder as the profile, then write ./ and its file name.';
  }
  if (!stats.isFile()) return undefined;
  if (stats.size > MOST_PHOTO_BYTES) {
    return `The photo is ${Math.ceil(stats.size / 1024 / 1024)} MB, more than the ${MOST_PHOTO_BYTES / 1024 / 1024} MB a photo can be. Save it smaller.`;
  }
  const format = formatOf(firstBytes(path, 512));
  if (format === 'svg') return SVG;
  if (format === undefined) {
    return `The file at this path is not a JPEG, PNG, WebP or AVIF image, although its name ends in ${ending}. Open it in a photo program and save it again as a .jpg, .png, .webp or .avif image.`;
  }
  return undefined;
}
