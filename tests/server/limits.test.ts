import { connect, type Socket } from 'node:net';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_PAGE } from '~/publish/nginx-error-pages';
import { CLIENT_LIMITS } from '~/publish/nginx-limits';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { builtFiles, builtPage, DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';
import { send, type Answer } from './requests';

// A new server for each test, so no test starts with a client's allowance already spent.
let server: RunningNginx | undefined;
beforeEach(async () => {
  if (!noNginx) server = await startNginx(DIST, '127.0.0.1', await freePort());
});
afterEach(async () => server?.stop());

const pages = builtFiles()
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

/** The files a browser fetches for a page: styles, scripts, icons and images on the site. */
function filesOf(page: string): string[] {
  const html = builtPage(page);
  const urls = [...html.matchAll(/\s(?:src|href)="(\/[^/"][^"]*)"/g)].map((match) => match[1]!);
  return [...new Set(urls.filter((url) => !url.endsWith('/')))];
}

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status);
const get = (path: string, agent?: Agent) =>
  send(`${server!.origin}${path}`, agent ? { agent } : {});

/** Another client: the machine's loopback answers on every 127.x.x.x address. */
function fromAnotherClient(path: string): Promise<Answer> {
  return send(`${server!.origin}${path}`, { agent: new Agent({ localAddress: '127.0.0.2' }) });
}

describe.skipIf(noNginx)('nginx’s limits per client', () => {
  it('never refuses a visitor who opens every page in turn, each with all its files at once', async () => {
    const answers: Answer[] = [];
    for (const page of pages)
      answers.push(...(await Promise.all([page, ...filesOf(page)].map((path) => get(path)))));
    expect(answers.length).toBeGreaterThan(pages.length * 2);
    expect(statuses(answers).filter((status) => status !== 200)).toEqual([]);
  });

  it('never refuses four visitors behind one address loading a 50-file page at the same moment', async () => {
    const files = builtFiles()
      .filter((file) => !/\.(br|gz)$/.test(file) && file !== '_headers')
      .slice(0, 49)
      .map((file) => `/${file}`);
    const answers: Answer[] = [];
    for (let visitor = 0; visitor < 4; visitor += 1)
      answers.push(...(await Promise.all(['/', ...files].map((path) => get(path)))));
    expect(answers).toHaveLength(4 * 50);
    expect(statuses(answers).filter((status) => status !== 200)).toEqual([]);
  });

  it(`refuses a client that keeps sending requests faster than ${CLIENT_LIMITS.requestsPerSecond} a second, and only that client`, async () => {
    // Six connections at a time, as a browser opens them, each asking again as soon as answered.
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const started = performance.now();
    let accepted = 0;
    let refused: Answer | undefined;
    const client = async () => {
      for (let sent = 0; sent < 2000 && !refused; sent += 1) {
        const answer = await get('/favicon.svg', agent);
        if (answer.status === 200) accepted += 1;
        else refused ??= answer;
      }
    };
    await Promise.all(Array.from({ length: 6 }, client));
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();

    expect(accepted).toBeGreaterThan(CLIENT_LIMITS.burst);
    expect(refused?.status).toBe(CLIENT_LIMITS.refusedStatus);
    expect(refused?.body.toString()).toBe(PLAIN_PAGE);
    expect(refused?.headers['cache-control']).toBe('no-store');
    expect((await fromAnotherClient('/favicon.svg')).status).toBe(200);
    console.info(
      `${accepted} requests answered in ${seconds.toFixed(2)} s before the first refusal ` +
        `(${Math.round(accepted / seconds)} a second)`,
    );
  });

  it(`refuses a client's request while ${CLIENT_LIMITS.requestsAtOnce} of its requests are in progress, and only that client's`, async () => {
    const { port } = new URL(server!.origin);
    // A request with a body still to come stays in progress after nginx has answered it.
    const inProgress = await Promise.all(
      Array.from(
        { length: CLIENT_LIMITS.requestsAtOnce },
        () =>
          new Promise<Socket>((answered, failed) => {
            const socket = connect(Number(port), '127.0.0.1', () =>
              socket.write(
                'GET / HTTP/1.1\r\nHost: clinic.test\r\nContent-Length: 100000\r\n\r\nab',
              ),
            );
            socket.once('data', () => answered(socket));
            socket.once('error', failed);
          }),
      ),
    );
    try {
      // A byte more of each body, so none is given up on while the next request is made.
      await Promise.all(
        inProgress.map((socket) => new Promise((written) => socket.write('c', written))),
      );
      const refused = await get('/');
      expect(refused.status).toBe(CLIENT_LIMITS.refusedStatus);
      expect(refused.body.toString()).toBe(PLAIN_PAGE);
      expect((await fromAnotherClient('/')).status).toBe(200);
    } finally {
      for (const socket of inProgress) socket.destroy();
    }
    await expect.poll(async () => (await get('/')).status).toBe(200);
  });
});
