import { extname, sep } from 'node:path';

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

/** Pagefind's files that the site's search loads before the first result: the rest serve its own UI. */
const PAGEFIND_ENTRY = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);

/**
 * Whether a client loads this file, named from the built site's folder, before anything else:
 * every page, the site's own styles and scripts, and the files the search starts with. These are
 * compressed at the strongest level, whatever it costs; the rest (sitemaps, Pagefind's own UI
 * the site does not use) at a quick one.
 */
export function loadedFirst(sitePath: string): boolean {
  const [top = '', ...rest] = sitePath.split(sep).join('/').split('/');
  if (extname(sitePath) === '.html' || top === '_astro') return true;
  return top === 'pagefind' && rest.length === 1 && PAGEFIND_ENTRY.has(rest[0] ?? '');
}
