import { extname } from 'node:path';

/** Text formats a browser asks for compressed. Images and Pagefind's own files are compressed already. */
export const TEXT_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.svg',
  '.xml',
  '.json',
  '.txt',
]);

/**
 * Below this size a compressed copy saves less than a network packet, so it is not worth a file.
 */
export const SMALLEST_COMPRESSED = 1024;

/** Whether the build writes `.br` and `.gz` copies of a file of this name and size. */
export function worthPrecompressing(filePath: string, bytes: number): boolean {
  return TEXT_EXTENSIONS.has(extname(filePath)) && bytes > SMALLEST_COMPRESSED;
}
