import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { send, siteCopy } from './requests';

/** Files a build, an editor or a stopped build can leave in the published folder. */
const LEFTOVERS: Record<string, string> = {
  '.env': 'BOOKING_API_KEY=secret-env',
  '.prerender/chunks/page.mjs': 'export const secret = "secret-prerender";',
  '_astro/.DS_Store': 'secret-ds-store',
  'treatments/.git/config': '[remote] secret-git',
  '.well-known/.htpasswd': 'admin:secret-htpasswd',
  'cards/home.png.4242.partial': 'secret-partial',
};
const SECURITY_TXT = 'Contact: mailto:security@example.com\n';

let server: RunningNginx | undefined;
beforeAll(async () => {
  if (noNginx) return;
  const root = siteCopy('hidden-files');
  for (const [path, text] of Object.entries({
    ...LEFTOVERS,
    '.well-known/security.txt': SECURITY_TXT,
  })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  server = await startNginx(root, '127.0.0.1', await freePort());
});
afterAll(async () => server?.stop());

const notFoundPage = readFileSync(join(DIST, '404.html'));

describe.skipIf(noNginx)('nginx and files that are not the site', () => {
  it.each([
    ...Object.keys(LEFTOVERS).map((path) => `/${path}`),
    '/.prerender/',
    '/%2Eenv',
    '/_astro/../.env',
    '/.well-known/../.env',
  ])('answers %s with the site’s 404 page', async (path) => {
    const { status, body } = await send(`${server!.origin}${path}`);
    expect(status).toBe(404);
    expect(body.equals(notFoundPage)).toBe(true);
    expect(body.toString()).not.toContain('secret');
  });

  it('serves /.well-known/, where certificate challenges and security.txt live', async () => {
    const { status, body } = await send(`${server!.origin}/.well-known/security.txt`);
    expect(status).toBe(200);
    expect(body.toString()).toBe(SECURITY_TXT);
  });
});
