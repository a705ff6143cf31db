import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HSTS } from '~/publish/nginx-config';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { DIST } from '../helpers/built-site';
import { selfSignedCertificate } from './certificate';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { send, siteCopy } from './requests';

const CHALLENGE = 'token-from-the-certificate-authority';

let tls: RunningNginx | undefined;
let plain: RunningNginx | undefined;
let ca = '';
beforeAll(async () => {
  if (noNginx) return;
  const root = siteCopy('https');
  mkdirSync(join(root, '.well-known', 'acme-challenge'), { recursive: true });
  writeFileSync(join(root, '.well-known', 'acme-challenge', 'token'), CHALLENGE);
  const certificate = selfSignedCertificate();
  ca = certificate.ca;
  tls = await startNginx(root, '127.0.0.1', await freePort(), {
    port: await freePort(),
    ...certificate,
  });
  plain = await startNginx(DIST, '127.0.0.1', await freePort());
});
afterAll(async () => {
  await tls?.stop();
  await plain?.stop();
});

const [hstsName, hstsValue] = HSTS;

describe.skipIf(noNginx)('nginx with HTTPS', () => {
  it('serves the site over HTTPS with Strict-Transport-Security', async () => {
    const { status, headers, body } = await send(`${tls!.httpsOrigin}/`, { ca });
    expect(status).toBe(200);
    expect(body.equals(readFileSync(join(DIST, 'index.html')))).toBe(true);
    expect(headers[hstsName.toLowerCase()]).toBe(hstsValue);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends Strict-Transport-Security on its error pages too', async () => {
    const { status, headers } = await send(`${tls!.httpsOrigin}/no-such-page/`, { ca });
    expect(status).toBe(404);
    expect(headers[hstsName.toLowerCase()]).toBe(hstsValue);
  });

  it('sends plain HTTP to the same address over HTTPS, without Strict-Transport-Security', async () => {
    const { status, headers } = await send(`${tls!.origin}/treatments/?page=1`);
    expect(status).toBe(301);
    expect(headers['location']).toBe(`${tls!.httpsOrigin}/treatments/?page=1`);
    expect(headers[hstsName.toLowerCase()]).toBeUndefined();
  });

  it('answers plain HTTP sent to the HTTPS port with the site’s page, not nginx’s', async () => {
    const { status, body } = await send(tls!.httpsOrigin!.replace('https:', 'http:'));
    expect(status).toBe(400);
    expect(body.equals(readFileSync(join(DIST, '404.html')))).toBe(true);
  });

  it('answers the certificate authority’s challenge over plain HTTP', async () => {
    const { status, body } = await send(`${tls!.origin}/.well-known/acme-challenge/token`);
    expect(status).toBe(200);
    expect(body.toString()).toBe(CHALLENGE);
  });

  it('sends no Strict-Transport-Security when it serves plain HTTP only', async () => {
    const { status, headers } = await send(`${plain!.origin}/`);
    expect(status).toBe(200);
    expect(headers[hstsName.toLowerCase()]).toBeUndefined();
  });
});
