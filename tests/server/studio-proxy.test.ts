import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOST_PHOTO_BYTES } from '~/content-check/files/photo-file';
import { HSTS } from '~/publish/nginx-config';
import { STUDIO_PAGES } from '~/studio/deploy/nginx-error-pages';
import { STUDIO_LIMITS } from '~/studio/deploy/nginx-limits';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { rawExchange, send, type Answer } from './requests';
import {
  askStudio,
  CHALLENGE,
  SITE_PAGE,
  startStudioNginx,
  STUDIO_NAME,
  type StudioBehindNginx,
} from './studio-nginx';

/** What the stand-in studio was asked, as it saw it. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
}

const seen: Seen[] = [];

/** A stand-in for the studio: it notes each request and answers with headers nginx must replace. */
function startStandInStudio(): Promise<Server> {
  const server = createServer((request, response) => {
    let bodyBytes = 0;
    request.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    request.on('end', () => {
      const { method = '', url = '', headers } = request;
      seen.push({ method, url, headers, bodyBytes });
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, max-age=3600',
        Expires: 'Thu, 01 Jan 2099 00:00:00 GMT',
        'X-Frame-Options': 'SAMEORIGIN',
        'Referrer-Policy': 'unsafe-url',
        'X-Powered-By': 'stand-in',
        'Content-Security-Policy': "default-src 'self'",
      });
      response.end(JSON.stringify({ url }));
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let studio: Server | undefined;
let nginx: StudioBehindNginx | undefined;
// The same configuration with nothing listening where the studio should be.
let nginxWithoutStudio: StudioBehindNginx | undefined;
beforeAll(async () => {
  if (noNginx) return;
  studio = await startStandInStudio();
  nginx = await startStudioNginx((studio.address() as AddressInfo).port);
  nginxWithoutStudio = await startStudioNginx(await freePort());
});
afterAll(async () => {
  await nginx?.stop();
  await nginxWithoutStudio?.stop();
  await new Promise((done) => (studio ? studio.close(done) : done(undefined)));
});

const lastSeen = () => seen.at(-1)!;
const seenAt = (url: string) => seen.filter((request) => request.url === url);

/** Asks until nginx refuses or `most` requests have gone; the statuses, in order. */
async function askUntilRefused(ask: () => Promise<Answer>, most: number): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.length < most && !statuses.includes(429)) statuses.push((await ask()).status);
  return statuses;
}

const EXPECTED_HEADERS = {
  [HSTS[0].toLowerCase()]: HSTS[1],
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
};

function expectStudioHeaders(answer: Answer) {
  for (const [name, value] of Object.entries(EXPECTED_HEADERS))
    expect(answer.headers[name], name).toBe(value);
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['expires']).toBeUndefined();
  expect(answer.headers['server']).toBe('nginx');
}

describe.skipIf(noNginx)('the studio behind nginx', () => {
  it('passes each request on with the client’s address, host and scheme as nginx saw them', async () => {
    const answer = await askStudio(nginx!, '/studio/history?page=2', {
      headers: {
        'X-Forwarded-For': '203.0.113.9',
        'X-Forwarded-Proto': 'http',
        'X-Forwarded-Host': 'attacker.example',
        Forwarded: 'for=203.0.113.9;proto=http',
        'X-Real-IP': '203.0.113.9',
      },
    });
    expect(answer.status).toBe(200);
    const { method, url, headers } = lastSeen();
    expect(method).toBe('GET');
    expect(url).toBe('/studio/history?page=2');
    expect(headers['host']).toBe(STUDIO_NAME);
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers['x-forwarded-proto']).toBe('https');
    expect(headers['x-forwarded-host']).toBe(STUDIO_NAME);
    expect(headers['forwarded']).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
  });

  it('sends its own security headers once each, keeps the studio’s policy and never lets an answer be kept', async () => {
    const answer = await askStudio(nginx!, '/studio/');
    expectStudioHeaders(answer);
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('still serves the public site to every other address on the same ports', async () => {
    const site = await send(`https://127.0.0.1:${nginx!.httpsPort}/`, { ca: nginx!.siteCa });
    expect(site.status).toBe(200);
    expect(site.body.toString()).toBe(SITE_PAGE);
    const before = seen.length;
    const plain = await send(`http://127.0.0.1:${nginx!.httpPort}/studio/`);
    expect(plain.headers['location']).toBe(`https://127.0.0.1:${nginx!.httpsPort}/studio/`);
    expect(seen.length).toBe(before);
  });

  it('redirects plain HTTP to the studio over HTTPS, and answers certificate challenges', async () => {
    const host = { host: `${STUDIO_NAME}:${nginx!.httpPort}` };
    const redirect = await send(`http://127.0.0.1:${nginx!.httpPort}/studio/?page=1`, {
      headers: host,
    });
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe(
      `https://${STUDIO_NAME}:${nginx!.httpsPort}/studio/?page=1`,
    );
    const challenge = await send(
      `http://127.0.0.1:${nginx!.httpPort}/.well-known/acme-challenge/token`,
      { headers: host },
    );
    expect(challenge.status).toBe(200);
    expect(challenge.body.toString()).toBe(CHALLENGE);
  });

  it('limits posted sign-ins per address, and nothing else of the sign-in page', async () => {
    const { signInBurst } = STUDIO_LIMITS;
    const from = { localAddress: '127.0.0.3' };
    const signIn = () =>
      askStudio(nginx!, '/studio/sign-in', { ...from, method: 'POST', body: 'u' });
    const before = seenAt('/studio/sign-in').length;
    // Ten a minute: the test would need a minute to send these without a refusal.
    const statuses = await askUntilRefused(signIn, 3 * (signInBurst + 1));
    expect(statuses.slice(0, signInBurst + 1)).toEqual(Array(signInBurst + 1).fill(200));
    expect(statuses.at(-1)).toBe(429);
    expect(seenAt('/studio/sign-in').length - before).toBe(statuses.length - 1);

    const refused = await signIn();
    expect(refused.status).toBe(429);
    expect(refused.body.toString()).toBe(STUDIO_PAGES[429]);
    expectStudioHeaders(refused);

    expect((await askStudio(nginx!, '/studio/sign-in', from)).status).toBe(200);
    const publish = await askStudio(nginx!, '/studio/publish', { ...from, method: 'POST' });
    expect(publish.status).toBe(200);
    const otherClient = await askStudio(nginx!, '/studio/sign-in', {
      localAddress: '127.0.0.4',
      method: 'POST',
    });
    expect(otherClient.status).toBe(200);
  });

  it('limits every request per address, well above what a page of the preview asks', async () => {
    const { burst } = STUDIO_LIMITS;
    const agent = new Agent({ keepAlive: true, localAddress: '127.0.0.5', ca: nginx!.studioCa });
    try {
      // Twenty a second: the test would need almost a minute to send these without a refusal.
      const statuses = await askUntilRefused(
        () => askStudio(nginx!, '/treatments/', { agent }),
        1000,
      );
      expect(statuses.slice(0, burst + 1)).toEqual(Array(burst + 1).fill(200));
      expect(statuses.at(-1)).toBe(429);
    } finally {
      agent.destroy();
    }
  });

  it('passes on a form with the largest photo the content check allows, as base64 in JSON', async () => {
    const photo = Buffer.alloc(MOST_PHOTO_BYTES, 7).toString('base64');
    const body = JSON.stringify({ path: 'content/treatments/photo.jpg', contents: photo });
    const answer = await askStudio(nginx!, '/api/keystatic/update', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(answer.status).toBe(200);
    expect(lastSeen().bodyBytes).toBe(Buffer.byteLength(body));
  });

  it('refuses a larger body with a page that says what to do, before the studio sees it', async () => {
    const before = seen.length;
    const answer = await askStudio(nginx!, '/api/keystatic/update', {
      method: 'POST',
      headers: { 'Content-Length': STUDIO_LIMITS.bodyMegabytes * 1024 * 1024 + 1 },
      headersOnly: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.body.toString()).toBe(STUDIO_PAGES[413]);
    expectStudioHeaders(answer);
    expect(seen.length).toBe(before);
  });

  it('answers with a page of its own while the studio is not running', async () => {
    const answer = await askStudio(nginxWithoutStudio!, '/studio/');
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).toBe(STUDIO_PAGES[502]);
    expectStudioHeaders(answer);
  });

  it('answers plain HTTP sent to the HTTPS port with its own page', async () => {
    const answer = await rawExchange(
      `http://127.0.0.1:${nginx!.httpsPort}`,
      `GET /studio/ HTTP/1.1\r\nHost: ${STUDIO_NAME}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).toBe(STUDIO_PAGES[400]);
  });
});
