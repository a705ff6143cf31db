import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { builtFiles, DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { send } from './requests';

const card = builtFiles().find((path) => path.startsWith('cards/'))!;
const bytes = readFileSync(join(DIST, card));

let server: RunningNginx | undefined;
beforeAll(async () => {
  if (!noNginx) server = await startNginx(DIST, '127.0.0.1', await freePort());
});
afterAll(async () => server?.stop());

const ranged = (range: string) => send(`${server!.origin}/${card}`, { headers: { Range: range } });

describe.skipIf(noNginx)('nginx and byte ranges', () => {
  it('sends one range, as a resumed download asks for', async () => {
    const { status, headers, body } = await ranged('bytes=100-199');
    expect(status).toBe(206);
    expect(headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(body.equals(bytes.subarray(100, 200))).toBe(true);
  });

  it('sends the whole file, once, for a request of many ranges', async () => {
    const many = Array.from({ length: 50 }, (_, index) => `0-${index}`).join(',');
    const { status, headers, body } = await ranged(`bytes=${many}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('image/png');
    expect(body.equals(bytes)).toBe(true);
  });

  it('sends the whole file for two ranges', async () => {
    const { status, body } = await ranged('bytes=0-9,20-29');
    expect(status).toBe(200);
    expect(body.equals(bytes)).toBe(true);
  });
});
