/**
 * What the search page's first query moves over the network: the built site is served as a host
 * would serve it (text gzipped, Pagefind's own binary files as they are), the search page runs a
 * query for a common word in the system Chromium, and the server adds up the Pagefind bytes it sent.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((path): path is string => !!path && existsSync(path));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export interface SearchBytes {
  /** Bytes of Pagefind files sent for the first query, as sent (gzipped where a host would). */
  bytes: number;
  files: { path: string; bytes: number }[];
}

function fileFor(root: string, url: string): string | undefined {
  const path = join(root, normalize(decodeURIComponent(new URL(url, 'http://x').pathname)));
  if (!path.startsWith(root)) return undefined;
  const candidates = [path, join(path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Runs the first query for `term` on `/search/` of the site in `outDir`; undefined without Chromium. */
export async function firstQueryBytes(
  outDir: string,
  term = 'skin',
): Promise<SearchBytes | undefined> {
  if (!CHROMIUM) return undefined;
  const sent: { path: string; bytes: number }[] = [];
  const server = createServer((request, response) => {
    const file = fileFor(outDir, request.url ?? '/');
    if (!file) return void response.writeHead(404).end();
    let body = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    if (COMPRESSIBLE.has(extname(file)) && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    sent.push({ path: new URL(request.url ?? '/', 'http://x').pathname, bytes: body.length });
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(term)}`);
    await page.locator('[data-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const files = sent.filter(({ path }) => path.startsWith('/pagefind/'));
    return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await browser.close();
    server.close();
  }
}
