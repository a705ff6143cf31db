/**
 * Content is read only from plain files of a sensible size, in UTF-8. A link to a file elsewhere
 * would publish whatever it points at; bytes that are not UTF-8 would be published as "�"; a file of
 * megabytes is a paste gone wrong, and would only slow or stop the build.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { withExample } from '../../schemas/messages.ts';

/** The most a content file may hold: a treatment's file is about 5 KB. */
export const MOST_BYTES = 256 * 1024;

export interface FileRefusal {
  field: string;
  message: string;
  line?: number;
}

export type PlainText = { text: string } | { refusal: FileRefusal };

const WHOLE_FILE = 'whole file';

export const LINKED = withExample(
  'This is a link to a file or folder kept somewhere else (a symbolic link), not a file of its own. Content must be plain files and folders, so the link is not read.',
  'delete the link and copy the file itself into this folder',
);

export const NOT_A_FILE = withExample(
  'This is not a file or a folder but something else (a device, a pipe or a socket), so it is not read.',
  'delete it; content is plain files and folders',
);

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;

const tooBig = (bytes: number) =>
  withExample(
    `This file is ${kb(bytes)}, more than the ${kb(MOST_BYTES)} a content file can be. Look for text pasted in by mistake, or split the page in two.`,
    'a treatment file is usually under 10 KB',
  );

const notUtf8 = (line: number) =>
  withExample(
    `Line ${line} has bytes that are not UTF-8 text, so some of its characters would be published as "�". Save the file again as UTF-8, or type the characters on that line again.`,
    'in your text editor: Save with Encoding, then UTF-8',
  );

/** The line of the first byte that is not part of UTF-8 text. */
function lineOfBadByte(bytes: Buffer): number {
  // Text decoded with each bad sequence as "�" and encoded again matches the file up to that byte.
  const again = Buffer.from(bytes.toString('utf8'), 'utf8');
  let offset = 0;
  while (offset < bytes.length && bytes[offset] === again[offset]) offset++;
  return bytes.subarray(0, offset).toString('latin1').split('\n').length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A content file's text, or why it is not read. A link is never followed. */
export function readPlainText(path: string): PlainText {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) return { refusal: { field: WHOLE_FILE, message: LINKED } };
  if (!stats.isFile()) return { refusal: { field: WHOLE_FILE, message: NOT_A_FILE } };
  if (stats.size > MOST_BYTES) {
    return { refusal: { field: WHOLE_FILE, message: tooBig(stats.size) } };
  }
  // Read no more than the limit, even if the file grows between the look and the read.
  const descriptor = openSync(path, 'r');
  let bytes: Buffer;
  try {
    const size = Math.min(fstatSync(descriptor).size, MOST_BYTES + 1);
    bytes = Buffer.alloc(size);
    bytes = bytes.subarray(0, readSync(descriptor, bytes, 0, size, 0));
  } finally {
    closeSync(descriptor);
  }
  if (bytes.length > MOST_BYTES) {
    return { refusal: { field: WHOLE_FILE, message: tooBig(bytes.length) } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const line = lineOfBadByte(bytes);
    return { refusal: { field: WHOLE_FILE, message: notUtf8(line), line } };
  }
}

export interface NotPlain {
  path: string;
  message: string;
}

/** Every link, device, pipe or socket anywhere in `dir`, without following links. */
export function notPlainFilesIn(dir: string): NotPlain[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) return [{ path, message: LINKED }];
    if (!entry.isFile() && !entry.isDirectory()) return [{ path, message: NOT_A_FILE }];
    return [];
  });
}
