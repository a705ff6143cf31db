import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { send } from './requests';

const HELD = 600;

let server: RunningNginx | undefined;
beforeAll(async () => {
  if (!noNginx) server = await startNginx(DIST, '127.0.0.1', await freePort());
});
afterAll(async () => server?.stop());

/** Every socket a test opened, and whether nginx has closed it yet. */
const opened = new Map<Socket, { closed: boolean }>();

/** Opens a connection and sends the start of a request that never ends, as a slow attacker does. */
function halfSent(start: string): Promise<Socket> {
  const { port } = new URL(server!.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const state = { closed: false };
    opened.set(socket, state);
    socket.on('close', () => (state.closed = true));
    socket.once('error', reject);
    socket.once('connect', () => socket.write(start, () => resolve(socket)));
  });
}

afterEach(async () => {
  await Promise.all(
    [...opened].map(
      ([socket, state]) =>
        new Promise((closed) => {
          if (state.closed) return closed(undefined);
          socket.once('close', closed);
          socket.destroy();
        }),
    ),
  );
  opened.clear();
});

const STARTS = [
  'GET /treatm',
  'GET / HTTP/1.1\r\n',
  'GET / HTTP/1.1\r\nHost: clinic.test\r\nUser-Agent: slow',
];

describe.skipIf(noNginx)('nginx with clients that never finish a request', () => {
  it(`answers a visitor at once while one client holds ${HELD} half-sent requests`, async () => {
    const started = performance.now();
    const held = await Promise.all(
      Array.from({ length: HELD }, (_, index) => halfSent(STARTS[index % STARTS.length]!)),
    );
    const allHeld = performance.now();
    // Each of the held connections is in the system's queue before the visitor's, so nginx has
    // taken every one of them when it answers the visitor.
    const answer = await send(`${server!.origin}/`);
    const answered = performance.now();
    const stillOpen = held.filter((socket) => !opened.get(socket)!.closed).length;

    expect(answer.status).toBe(200);
    expect(answer.body.equals(readFileSync(join(DIST, 'index.html')))).toBe(true);
    // Answered while the others were all still held, not after nginx let some go.
    expect(stillOpen).toBe(HELD);
    console.info(
      `${HELD} half-sent connections open in ${Math.round(allHeld - started)} ms; ` +
        `the visitor's page came in ${Math.round(answered - allHeld)} ms, with ${stillOpen} still held`,
    );
  });

  it('lets go of a connection that never finishes its request line', async () => {
    const started = performance.now();
    const socket = await halfSent(STARTS[0]!);
    const reply: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => reply.push(chunk));
    await new Promise((closed) => socket.once('close', closed));
    expect(Buffer.concat(reply).toString()).toBe('');
    console.info(`nginx closed it after ${Math.round(performance.now() - started)} ms`);
  });
});
