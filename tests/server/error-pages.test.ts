import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_PAGE } from '~/publish/nginx-error-pages';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { builtFiles, DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { rawExchange, siteCopy } from './requests';

const hashedScript = `/${builtFiles().find((path) => /^_astro\/.*\.js$/.test(path))!}`;
const YEAR = 'public, max-age=31536000, immutable';

let server: RunningNginx | undefined;
// A socket in the site's folder: a file nginx finds but cannot open, which it answers with a 500.
const socketFile: Server = createServer();
beforeAll(async () => {
  if (noNginx) return;
  const root = siteCopy('error-pages');
  mkdirSync(join(root, '_astro', 'folder'));
  await new Promise<void>((listening) => socketFile.listen(join(root, 'socket'), listening));
  server = await startNginx(root, '127.0.0.1', await freePort());
});
afterAll(async () => {
  await server?.stop();
  if (socketFile.listening) await new Promise((closed) => socketFile.close(closed));
});

const GET = (path: string, headers = '') =>
  `GET ${path} HTTP/1.1\r\nHost: clinic.test\r\n${headers}Connection: close\r\n\r\n`;

const notFoundPage = readFileSync(join(DIST, '404.html'));

describe.skipIf(noNginx)('nginx’s replies when it cannot serve a request', () => {
  it.each([
    [400, 'a request line that is not HTTP', 'GARBAGE\r\n\r\n'],
    [400, 'headers too large for nginx', GET('/', `X-Filler: ${'a'.repeat(9000)}\r\n`)],
    [403, 'a folder with no page, under /_astro/', GET('/_astro/')],
    [404, 'a missing file under /_astro/', GET('/_astro/no-such-file.js')],
    [
      405,
      'a POST to a hashed file',
      `POST ${hashedScript} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`,
    ],
    [412, 'a condition a hashed file does not meet', GET(hashedScript, 'If-Match: "other"\r\n')],
    [
      413,
      'a body larger than nginx takes',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9000000\r\n\r\n',
    ],
    [414, 'an address too long', GET(`/${'a'.repeat(9000)}`)],
    [416, 'a range past the end of a hashed file', GET(hashedScript, 'Range: bytes=99999999-\r\n')],
  ])(
    'answers %i (%s) with the site’s own page and no long-term caching',
    async (status, _, bytes) => {
      // A client that has said it is done sending, but not sent the body it promised, can be reset
      // by nginx before the answer is read; one still sending is answered and then closed.
      const answer = await rawExchange(server!.origin, bytes, { endFirst: status !== 413 });
      expect(answer.status).toBe(status);
      expect(answer.body.equals(notFoundPage)).toBe(true);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it.each([
    [500, 'a file nginx cannot open', GET('/socket')],
    [
      501,
      'a body in an encoding nginx does not know',
      'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n',
    ],
    [505, 'an HTTP version nginx does not speak', 'GET / HTTP/2.0\r\nHost: x\r\n\r\n'],
  ])('answers %i (%s) with a plain page of its own, not nginx’s', async (status, _, bytes) => {
    const answer = await rawExchange(server!.origin, bytes);
    expect(answer.status).toBe(status);
    expect(answer.body.toString()).toBe(PLAIN_PAGE);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('keeps the plain pages to itself', async () => {
    const answer = await rawExchange(server!.origin, GET('/_status/500'));
    expect(answer.status).toBe(404);
    expect(answer.body.equals(notFoundPage)).toBe(true);
  });

  it.each([
    ['a page', GET('/treatments/')],
    ['a missing page', GET('/no-such-page/')],
    ['a refused method', 'DELETE / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a malformed request', 'GARBAGE\r\n\r\n'],
    ['a redirect', GET('/treatments')],
  ])('names no version, and no nginx in the page, on %s', async (_, bytes) => {
    const answer = await rawExchange(server!.origin, bytes);
    expect(answer.headers['server']).toBe('nginx');
    expect(answer.status === 301 || !answer.body.toString().includes('nginx')).toBe(true);
    expect(answer.body.toString()).not.toMatch(/nginx\/\d/);
  });
});

describe.skipIf(noNginx)('long-term caching', () => {
  it('is sent on a hashed file and on its “not modified”', async () => {
    const first = await rawExchange(server!.origin, GET(hashedScript));
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe(YEAR);
    const again = await rawExchange(
      server!.origin,
      GET(hashedScript, `If-None-Match: ${first.headers['etag']}\r\n`),
    );
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(YEAR);
  });

  it('is not sent on a redirect', async () => {
    const answer = await rawExchange(server!.origin, GET('/_astro/folder'));
    expect(answer.status).toBe(301);
    expect(answer.headers['cache-control']).toBe('no-store');
  });
});
