import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '~/publish/headers-file';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { builtFiles, DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: RunningNginx | undefined;
beforeAll(async () => {
  if (!noNginx) server = await startNginx(DIST, '127.0.0.1', await freePort());
});
afterAll(async () => server?.stop());

/** A GET as a client sends it; Node's own client neither follows redirects nor decompresses. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${server!.origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const file = (path: string) => readFileSync(join(DIST, path));
const hashedScript = builtFiles().find((path) => /^_astro\/.*\.js$/.test(path))!;

describe.skipIf(noNginx)('nginx serving the built site', () => {
  it.each([
    ['an HTML page', '/treatments/microneedling/'],
    ['a hashed asset', `/${hashedScript}`],
    ['Pagefind’s entry script', '/pagefind/pagefind.js'],
    ['the home page', '/'],
  ])('sends %s with the headers _headers gives it', async (_, path) => {
    const { status, headers } = await get(path);
    expect(status).toBe(200);
    const expected = headersFor(rules, path);
    expect(expected.some(([name]) => name === 'Cache-Control')).toBe(true);
    for (const [name, value] of expected) expect(headers[name.toLowerCase()], name).toBe(value);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'sends the precompressed %s copy to a browser that accepts it',
    async (encoding, decompress) => {
      for (const [path, built] of [
        ['/treatments/microneedling/', 'treatments/microneedling/index.html'],
        [`/${hashedScript}`, hashedScript],
      ]) {
        const { headers, body } = await get(path!, { 'Accept-Encoding': `${encoding}` });
        expect(headers['content-encoding'], path).toBe(encoding);
        expect(headers['vary'], path).toMatch(/Accept-Encoding/i);
        expect(decompress(body).equals(file(built!)), path).toBe(true);
      }
    },
  );

  it('prefers brotli, and sends plain bytes to a client that accepts neither', async () => {
    expect(
      (await get('/', { 'Accept-Encoding': 'gzip, deflate, br' })).headers['content-encoding'],
    ).toBe('br');
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file('index.html'))).toBe(true);
  });

  it('answers a missing page with the 404 page, status 404 and the security headers', async () => {
    const { status, headers, body } = await get('/treatments/no-such-treatment/');
    expect(status).toBe(404);
    expect(body.equals(file('404.html'))).toBe(true);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('does not serve the headers file itself', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('redirects a path without its trailing slash to the page', async () => {
    const { status, headers } = await get('/treatments/microneedling');
    expect(status).toBe(301);
    expect(headers['location']).toBe('/treatments/microneedling/');
  });
});
