/**
 * The studio attacked, as someone on the internet and as a signed-in editor would try it: odd paths
 * to the preview and the forms' files, Keystatic's API asked to read or write outside the content
 * folder, code in a page, forged sessions, open redirects, other methods, words made to be HTML or
 * git options, and many publishes at once. The studio runs in this process over plain http on
 * 127.0.0.1, in a working copy made as the clinic's server has it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountMistake,
  openAccounts,
  type Accounts,
} from '../../../src/studio/accounts/accounts.ts';
import { loadFormsApp } from '../../../src/studio/server/forms-app.ts';
import { PAGE_POLICY } from '../../../src/studio/server/http-bits.ts';
import { blobSha } from '../../../src/studio/server/save-guard.ts';
import { createStudio, type Studio } from '../../../src/studio/server/studio-server.ts';
import { studioSettings } from '../../../src/studio/settings.ts';
import { tempFolder } from '../../helpers/temp-folders';
import { freePort } from '~/lib/port-open';
import { keystaticCall, studioRepository } from '../../server/studio-under-test';

const TREATMENT = 'content/treatments/microneedling.mdx';
const PRACTITIONER = 'content/practitioners/karen-evans.mdx';
/** A publish is a whole build; on a busy machine a few of them in a row take minutes. */
const JOB_ENDS = { timeout: 300_000, interval: 100 };
const ENDED = /Done: the public site shows it now|Nothing was published|It stopped with an error/;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Asking {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

let repo = '';
let origin = '';
let port = 0;
let studio: Studio;
let accounts: Accounts;
let sam = '';
let startedIn = '';
let samPassword = '';
let markers = '';

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
/** The live version, or '' before the first publish. */
const live = () => git('for-each-ref', '--format=%(objectname)', 'refs/studio/live');

/** Asks the studio with the path exactly as written: no client tidies `..` or `%2f` away. */
function ask(path: string, options: Asking = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        );
        response.on('error', reject);
      },
    );
    sent.setTimeout(240_000, () => sent.destroy(new Error(`No answer to ${path}`)));
    sent.on('error', reject);
    sent.end(options.body);
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

/** Each sign-in comes from an address of its own, as nginx says, so the limit on tries is not reached. */
let nextAddress = 1;

async function signIn(username: string, password: string, next?: string): Promise<Answer> {
  return ask('/studio/sign-in', {
    method: 'POST',
    headers: { origin, 'content-type': FORM, 'x-forwarded-for': `10.0.0.${nextAddress++}` },
    body: form({ username, password, ...(next === undefined ? {} : { next }) }),
  });
}

async function cookieOf(username: string, password: string): Promise<string> {
  const answer = await signIn(username, password);
  const cookie = answer.headers['set-cookie']?.[0]?.split(';')[0];
  if (answer.status !== 303 || cookie === undefined) {
    throw new Error(`Signing in as ${username} failed: ${answer.status} ${answer.body}`);
  }
  return cookie;
}

const api = (path: string, cookie = sam, body?: unknown) =>
  ask(`/api/keystatic/${path}`, keystaticCall(cookie, origin, body));

const saveOf = (path: string, text: string) => ({
  additions: [{ path, contents: Buffer.from(text).toString('base64url') }],
  deletions: [],
});

/** Saves through the forms' API as Sam, after loading the list of files as the forms do. */
async function save(path: string, text: string): Promise<Answer> {
  expect((await api('tree')).status).toBe(200);
  return api('update', sam, saveOf(path, text));
}

const post = (path: string, fields: Record<string, string>, cookie = sam) =>
  ask(path, {
    method: 'POST',
    headers: { cookie, origin, 'content-type': FORM },
    body: form(fields),
  });

/** Waits for a job's page to say how it ended, and gives the page. */
async function jobEnds(location: string): Promise<string> {
  let page = '';
  await expect
    .poll(async () => {
      page = (await ask(location, { headers: { cookie: sam } })).body;
      return ENDED.test(page);
    }, JOB_ENDS)
    .toBe(true);
  return page;
}

async function publish(message: string): Promise<{ location: string; page: string }> {
  const answer = await post('/studio/publish', { message });
  expect(answer.status, answer.body).toBe(303);
  const location = answer.headers.location ?? '';
  return { location, page: await jobEnds(location) };
}

/** Where a browser goes for a `Location` header on the studio's page: its parser, not a guess. */
const whereBrowserGoes = (location: string | undefined) =>
  new URL(location ?? '', 'https://studio.theskinclinic.example/studio/sign-in');

const SECRETS = [
  'SQLite format 3',
  '[core]',
  'root:x:0:0',
  '"name": "',
  'export { handler',
  'Developer',
];

describe('the studio under attack', () => {
  beforeAll(async () => {
    let password: string;
    let dataDir: string;
    ({ repo, dataDir, password } = studioRepository());
    samPassword = password;
    markers = tempFolder('studio-markers');
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const settings = studioSettings({ STUDIO_ORIGIN: origin, STUDIO_PORT: String(port) }, repo);
    // Keystatic's local mode works in the process's own folder, as the unit starts it in the repository.
    startedIn = process.cwd();
    process.chdir(repo);
    accounts = await openAccounts({ dataDir, origin });
    studio = createStudio(settings, accounts, await loadFormsApp(dataDir));
    await new Promise<void>((listening) => studio.server.listen(port, '127.0.0.1', listening));
    sam = await cookieOf('sam-taylor', password);
  }, 600_000);

  afterAll(async () => {
    // A publish under way finishes before its working copy is removed.
    await studio?.queue.idle();
    studio?.server.closeAllConnections();
    await new Promise((closed) => studio?.server.close(closed));
    accounts?.close();
    if (startedIn) process.chdir(startedIn);
  });

  describe('odd paths', () => {
    it('serves nothing outside the draft site and the forms’ own files, however the path is written', async () => {
      const paths = [
        '/..%2f..%2f.studio/accounts.sqlite',
        '/..%2faccounts.sqlite',
        '/%2e%2e/accounts.sqlite',
        '/%2e%2e/%2e%2e/package.json',
        '/%252e%252e/accounts.sqlite',
        '/../accounts.sqlite',
        '/../../package.json',
        '/../../../../../../etc/passwd',
        '/..\\accounts.sqlite',
        '/..%5caccounts.sqlite',
        '/%5c..%5c..%5cpackage.json',
        '/.git/config',
        '/%2egit/config',
        '//etc/passwd',
        '//.studio/accounts.sqlite',
        '/%2fetc%2fpasswd',
        '/_astro/../../accounts.sqlite',
        '/_forms/../server/entry.mjs',
        '/_forms/..%2fserver/entry.mjs',
        '/_forms/%2e%2e/server/entry.mjs',
        '/_forms/%2e%2e%2f%2e%2e%2faccounts.sqlite',
        '/_forms//../../server/entry.mjs',
        '/_forms/..\\..\\server/entry.mjs',
        '/_forms/%00',
        '/keystatic/../../package.json',
        '/.preview-releases/',
        '/preview-cache/',
        '/accounts.sqlite',
        '/package.json',
        '/server/entry.mjs',
      ];
      for (const path of paths) {
        const answer = await ask(path, { headers: { cookie: sam } });
        expect(answer.status, path).toBe(404);
        for (const secret of SECRETS)
          expect(answer.body, `${path}: ${secret}`).not.toContain(secret);
      }
      // The same routes do serve what is theirs.
      expect((await ask('/favicon.svg', { headers: { cookie: sam } })).status).toBe(200);
      const forms = await ask('/keystatic', { headers: { cookie: sam } });
      const asset = /\/_forms\/[^"']+\.js/.exec(forms.body)?.[0];
      expect(asset, forms.body).toBeDefined();
      expect((await ask(asset ?? '', { headers: { cookie: sam } })).status).toBe(200);
    });

    it('answers a page asked for without its last slash with the mistakes, as with it', async () => {
      const text = readFileSync(join(repo, TREATMENT), 'utf8');
      expect((await ask('/treatments/microneedling/', { headers: { cookie: sam } })).status).toBe(
        200,
      );
      expect(
        (await save(TREATMENT, text.replace(/^name: Microneedling$/m, 'name: ""'))).status,
      ).toBe(200);
      try {
        for (const path of [
          '/treatments/microneedling/',
          '/treatments/microneedling',
          '/treatments/microneedling/index.html',
          '/treatments/microneedling/index.html.br',
          '/treatments',
        ]) {
          const answer = await ask(path, { headers: { cookie: sam } });
          expect(answer.status, path).toBe(503);
          expect(answer.body, path).toContain(TREATMENT);
        }
      } finally {
        expect((await save(TREATMENT, text)).status).toBe(200);
      }
    });
  });

  describe("Keystatic's API", () => {
    it('reads no file outside the content folder, even given its right version', async () => {
      const inside = readFileSync(join(repo, TREATMENT));
      const read = await api(`blob/${blobSha(inside)}/${TREATMENT}`);
      expect(read.status).toBe(200);
      expect(read.body).toBe(inside.toString('latin1'));
      const outside: [string, string][] = [
        ['package.json', 'package.json'],
        ['content/../package.json', 'package.json'],
        ['content/treatments/../../package.json', 'package.json'],
        ['content%2f..%2fpackage.json', 'package.json'],
        ['content/treatments/%2e%2e/%2e%2e/package.json', 'package.json'],
        ['content\\..\\package.json', 'package.json'],
        ['content/%5c..%5cpackage.json', 'package.json'],
        ['%2fetc%2fpasswd', '/etc/passwd'],
        ['.studio/accounts.sqlite', '.studio/accounts.sqlite'],
        ['content/../.studio/accounts.sqlite', '.studio/accounts.sqlite'],
        ['.git/config', '.git/config'],
      ];
      for (const [asked, file] of outside) {
        const sha = blobSha(readFileSync(file.startsWith('/') ? file : join(repo, file)));
        const answer = await api(`blob/${sha}/${asked}`);
        expect(answer.status, asked).toBeGreaterThanOrEqual(400);
        for (const secret of SECRETS) expect(answer.body, asked).not.toContain(secret);
      }
    });

    it('lists only the content folder, however the address of the list is written', async () => {
      const moved = await api('tree//');
      expect(moved.status).toBe(301);
      expect(moved.headers.location).toBe('/api/keystatic/tree/');
      for (const path of ['tree', 'tree/', '/tree', '%74ree', './tree', 'x/../tree']) {
        const answer = await api(path);
        expect(answer.status, path).toBe(200);
        const paths = (JSON.parse(answer.body) as { path: string }[]).map((entry) => entry.path);
        expect(paths.length, path).toBeGreaterThan(5);
        expect(
          paths.filter((file) => !file.startsWith('content')),
          path,
        ).toEqual([]);
      }
    });

    it('answers nothing of the API but its list, its reads and its saves', async () => {
      for (const [method, path] of [
        ['GET', 'update'],
        ['POST', 'tree'],
        ['GET', 'github/login'],
        ['GET', 'github/created-app'],
        ['POST', 'blob/0/content/site.yaml'],
        ['GET', 'anything'],
        ['GET', '%zz'],
      ] as const) {
        const answer = await ask(`/api/keystatic/${path}`, {
          method,
          headers: { cookie: sam, origin, 'no-cors': '1' },
        });
        expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      }
    });

    it('writes no file outside the content folder, however the path is written', async () => {
      const head = git('rev-parse', 'HEAD');
      const outside = join(markers, 'absolute.txt');
      const paths = [
        '../package.json',
        'package.json',
        'content/../x.mdx',
        'content/../package.json',
        outside,
        'content\\..\\x.mdx',
        'content/treatments\\..\\..\\x.mdx',
        'content/treatments/x.mdx/../../y.mdx',
        'content/treatments/./x.mdx',
        'content/treatments/../../../x.mdx',
        'public/x.txt',
        '.studio/accounts.sqlite',
        '.git/config',
        'contentx/a.mdx',
        '',
      ];
      expect((await api('tree')).status).toBe(200);
      for (const path of paths) {
        const answer = await api('update', sam, saveOf(path, 'Written from outside.\n'));
        expect(answer.status, path).toBe(400);
        const deleted = await api('update', sam, { additions: [], deletions: [{ path }] });
        expect(deleted.status, path).toBe(400);
      }
      expect(existsSync(outside)).toBe(false);
      expect(existsSync(join(repo, 'x.mdx'))).toBe(false);
      expect(existsSync(join(repo, 'public', 'x.txt'))).toBe(false);
      expect(
        readFileSync(join(repo, '.studio', 'accounts.sqlite'))
          .subarray(0, 15)
          .toString(),
      ).toBe('SQLite format 3');
      expect(git('status', '--porcelain')).toBe('');
      expect(git('rev-parse', 'HEAD')).toBe(head);
    });

    it('sends every save through the studio, however the address of the save is written', async () => {
      const text = readFileSync(join(repo, TREATMENT), 'utf8');
      const addresses = ['update/', '/update', 'update//', '%75pdate', 'update?x=1'];
      for (const [index, address] of addresses.entries()) {
        const words = `Saved by way of ${index}`;
        expect((await api('tree')).status).toBe(200);
        const answer = await api(address, sam, saveOf(TREATMENT, `${text}\n${words}\n`));
        if (answer.status === 200) {
          const paths = (JSON.parse(answer.body) as { path: string }[]).map(({ path }) => path);
          expect(
            paths.filter((path) => !path.startsWith('content')),
            address,
          ).toEqual([]);
          expect(git('log', '-1', '--format=%an|%s', '--', TREATMENT), address).toBe(
            `Sam Taylor|Saved in the forms: ${TREATMENT}`,
          );
          expect(git('show', `HEAD:${TREATMENT}`), address).toContain(words);
        } else {
          expect(answer.status, address).toBeGreaterThanOrEqual(300);
        }
        // Nothing is ever on disk that the history does not have.
        expect(git('status', '--porcelain'), address).toBe('');
      }
      expect((await save(TREATMENT, text)).status).toBe(200);
    });

    it('refuses unreadable saves, and leaves the working copy as it was', async () => {
      const head = git('rev-parse', 'HEAD');
      expect((await api('tree')).status).toBe(200);
      for (const body of [
        '{',
        'null',
        '[]',
        '"update"',
        '{"additions":"x","deletions":[]}',
        '{"additions":[{"path":1}],"deletions":[]}',
        '{"additions":[null],"deletions":[]}',
        `{"additions":[{"path":"${TREATMENT}","contents":"!!!"}],"deletions":[]}`,
        `{"additions":[{"path":"${TREATMENT}"}],"deletions":[]}`,
        '\u0000\u0001',
      ]) {
        expect((await api('update', sam, body)).status, body).toBe(400);
      }
      expect(git('status', '--porcelain')).toBe('');
      expect(git('rev-parse', 'HEAD')).toBe(head);
    });

    it('never runs code saved in a page: the preview and publish refuse it', async () => {
      const text = readFileSync(join(repo, TREATMENT), 'utf8');
      const liveBefore = live();
      const code = [
        "import { writeFileSync } from 'node:fs';",
        `export const ran = writeFileSync('${join(markers, 'export')}', 'ran');`,
        '',
        `{writeFileSync('${join(markers, 'expression')}', 'ran')}`,
        '',
        `<img src="x" onerror="alert(1)" />`,
      ].join('\n');
      expect((await save(TREATMENT, `${text}\n${code}\n`)).status).toBe(200);
      try {
        const preview = await ask('/treatments/microneedling/', { headers: { cookie: sam } });
        expect(preview.status).toBe(503);
        expect(preview.body).toContain('&quot;import&quot; or &quot;export&quot;');
        expect(preview.body).toContain('curly bracket');
        expect(preview.body).not.toContain('onerror="alert(1)"');
        const { page } = await publish('Code in a page');
        expect(page).toContain('Nothing was published: the content has mistakes');
        expect(live()).toBe(liveBefore);
        expect(existsSync(join(markers, 'export'))).toBe(false);
        expect(existsSync(join(markers, 'expression'))).toBe(false);
      } finally {
        expect((await save(TREATMENT, text)).status).toBe(200);
      }
    });
  });

  describe('sessions and sign-in', () => {
    it('takes no forged or garbled cookie for a session', async () => {
      const token = sam.slice(sam.indexOf('=') + 1);
      const [id = '', signature = ''] = decodeURIComponent(token).split('.');
      for (const cookie of [
        '',
        'studio.session_token=',
        'studio.session_token=garbage',
        `studio.session_token=${id}`,
        `studio.session_token=${encodeURIComponent(`${id}.AAAA`)}`,
        `studio.session_token=${encodeURIComponent(`${id}.${signature.toUpperCase()}`)}`,
        `studio.session_token=${encodeURIComponent(`${id.slice(0, -1)}x.${signature}`)}`,
        `better-auth.session_token=${token}`,
        `__Secure-studio.session_token=${token}`,
        `studio.session_token=x; ${sam}`,
        'studio.session_token=%00%ff',
        'studio.session_token=../../../../etc/passwd',
        'studio.session_data=eyJ9',
      ]) {
        const answer = await ask('/api/keystatic/tree', { headers: { cookie, 'no-cors': '1' } });
        expect(answer.status, cookie).toBe(401);
        const page = await ask('/studio/', { headers: { cookie, accept: 'text/html' } });
        expect(page.status, cookie).toBe(303);
        expect(page.headers.location, cookie).toMatch(/^\/studio\/sign-in\?next=/);
      }
      expect((await ask('/studio/', { headers: { cookie: sam } })).status).toBe(200);
    });

    it('ends the sessions of an account that is removed', async () => {
      const { password } = await accounts.addPerson('Jo Removed');
      const jo = await cookieOf('jo-removed', password);
      expect((await ask('/studio/history', { headers: { cookie: jo } })).status).toBe(200);
      expect((await accounts.removePerson('Jo Removed'))?.username).toBe('jo-removed');
      expect((await ask('/studio/history', { headers: { cookie: jo } })).status).toBe(401);
      expect((await api('tree', jo)).status).toBe(401);
      expect((await post('/studio/publish', { message: 'After removal' }, jo)).status).toBe(401);
    });

    it('never sends a browser to another site after signing in', async () => {
      const nexts = [
        '//evil.example',
        '/\\evil.example',
        '\\/evil.example',
        'https://evil.example',
        'http:evil.example',
        'javascript:alert(1)',
        '%2f%2fevil.example',
        '/%2f%2fevil.example',
        '/\t/evil.example',
        '/\n/evil.example',
        '/\r\n/evil.example',
        '/./\t/evil.example',
        '/\u2028/evil.example',
        '/\u0000/evil.example',
        '/studio/\r\nSet-Cookie: taken=yes',
        '/%5cevil.example',
        '/ /evil.example',
      ];
      for (const next of nexts) {
        const signedIn = await signIn('sam-taylor', samPassword, next);
        expect(signedIn.status, JSON.stringify(next)).toBe(303);
        expect(signedIn.headers['set-cookie']?.join('\n'), JSON.stringify(next)).not.toContain(
          'taken',
        );
        expect(whereBrowserGoes(signedIn.headers.location).host, JSON.stringify(next)).toBe(
          'studio.theskinclinic.example',
        );
        const already = await ask(`/studio/sign-in?next=${encodeURIComponent(next)}`, {
          headers: { cookie: sam },
        });
        expect(already.status, JSON.stringify(next)).toBe(303);
        expect(whereBrowserGoes(already.headers.location).host, JSON.stringify(next)).toBe(
          'studio.theskinclinic.example',
        );
      }
      const kept = await signIn('sam-taylor', samPassword, '/studio/history?from=2');
      expect(kept.headers.location).toBe('/studio/history?from=2');
    });

    it('signs no one in from another site’s form', async () => {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        {},
        { origin: `http://localhost:${port}` },
        { origin, 'sec-fetch-site': 'cross-site' },
        { origin, 'sec-fetch-site': 'same-site' },
      ]) {
        const answer = await ask('/studio/sign-in', {
          method: 'POST',
          headers: { 'content-type': FORM, ...headers },
          body: form({ username: 'sam-taylor', password: samPassword }),
        });
        expect(answer.status, JSON.stringify(headers)).toBe(403);
        expect(answer.headers['set-cookie'], JSON.stringify(headers)).toBeUndefined();
      }
    });

    it('answers only GET, HEAD and POST, with HEAD as GET, on every route', async () => {
      const head = git('rev-parse', 'HEAD');
      const routes = [
        '/studio/sign-in',
        '/studio/sign-out',
        '/studio/',
        '/studio',
        '/studio/history',
        '/studio/publish',
        '/studio/put-back',
        '/studio/jobs/1',
        '/studio/studio.css',
        '/keystatic',
        '/api/keystatic/tree',
        '/api/keystatic/update',
        '/_forms/anything.js',
        '/',
        '/treatments/',
      ];
      for (const route of routes) {
        const headers = { cookie: sam, origin, 'no-cors': '1' };
        const got = await ask(route, { headers });
        const headed = await ask(route, { method: 'HEAD', headers });
        // Keystatic's API answers HEAD as it likes (not found); the studio's own routes as GET.
        if (!route.startsWith('/api/')) expect(headed.status, `HEAD ${route}`).toBe(got.status);
        expect(headed.status, `HEAD ${route}`).toBeLessThan(500);
        expect(headed.body, `HEAD ${route}`).toBe('');
        for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
          for (const asker of [headers, {}]) {
            const answer = await ask(route, { method, headers: asker });
            expect(answer.status, `${method} ${route}`).toBe(405);
            expect(answer.headers.allow, `${method} ${route}`).toBe('GET, HEAD, POST');
          }
        }
      }
      expect((await ask('/studio/', { headers: { cookie: sam } })).status).toBe(200);
      expect(git('rev-parse', 'HEAD')).toBe(head);
    });

    it('refuses people whose name the history could not keep as an author', async () => {
      for (const name of ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>']) {
        await expect(accounts.addPerson(name)).rejects.toThrow(AccountMistake);
      }
    });
  });

  describe('words made to be code', () => {
    it('shows publish messages as words on every page, under a policy that runs no script', async () => {
      const messages = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
      const jobs: string[] = [];
      for (const message of messages) {
        const { location, page } = await publish(message);
        expect(page).toContain('Done: the public site shows it now');
        jobs.push(location);
      }
      const pages = await Promise.all(
        ['/studio/', '/studio/history', ...jobs].map((path) =>
          ask(path, { headers: { cookie: sam } }),
        ),
      );
      const history = pages[1]?.body ?? '';
      expect(history).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(history).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(pages[0]?.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      for (const answer of pages) {
        expect(answer.status).toBe(200);
        expect(answer.body).not.toContain('<script>');
        expect(answer.body).not.toContain('<img');
        expect(answer.headers['content-security-policy']).toBe(PAGE_POLICY);
        expect(PAGE_POLICY).toMatch(/^default-src 'none';/);
        expect(PAGE_POLICY).not.toContain('script-src');
      }
      expect(git('log', '-1', '--format=%B', 'refs/studio/live')).toBe(
        `${messages[1]}\n\nStudio-Publish: yes`,
      );
    });

    it('shows a practitioner’s name as words on the publish page', async () => {
      const text = readFileSync(join(repo, PRACTITIONER), 'utf8');
      const name = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
      expect(
        (await save(PRACTITIONER, text.replace(/^name: .*$/m, `name: '${name}'`))).status,
      ).toBe(200);
      try {
        const home = await ask('/studio/', { headers: { cookie: sam } });
        expect(home.status).toBe(200);
        expect(home.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(home.body).not.toContain('<script>');
        expect(home.body).not.toContain('<img');
        const preview = await ask('/practitioners/', { headers: { cookie: sam } });
        expect([200, 503]).toContain(preview.status);
        expect(preview.body).not.toContain('<script>alert(1)');
        expect(preview.body).not.toContain('<img src=x onerror');
      } finally {
        expect((await save(PRACTITIONER, text)).status).toBe(200);
      }
    });

    it('keeps a message from adding lines or options to the commit', async () => {
      const head = git('rev-parse', 'HEAD');
      for (const message of [
        'Two lines\n\nStudio-Publish: yes',
        'A line\nStudio-Put-Back: 0000000000000000000000000000000000000000',
        'Tab\there',
        'Reversed \u202e text',
        'x'.repeat(201),
        '',
        '   ',
      ]) {
        const answer = await post('/studio/publish', { message });
        expect(answer.status, JSON.stringify(message)).toBe(400);
      }
      expect(git('rev-parse', 'HEAD')).toBe(head);
      const option = `--output=${join(markers, 'git-output')}`;
      const { page } = await publish(option);
      expect(page).toContain('Done: the public site shows it now');
      expect(git('log', '-1', '--format=%s', 'refs/studio/live')).toBe(option);
      expect(existsSync(join(markers, 'git-output'))).toBe(false);
    });

    it('puts back only a publish named by its full id, never an option or another commit', async () => {
      const liveBefore = live();
      const [, earlier = ''] = git(
        'log',
        '--format=%H',
        '--fixed-strings',
        '--grep=Studio-Publish: yes',
        'refs/studio/live',
      ).split('\n');
      const first = git('rev-list', '--max-parents=0', 'HEAD');
      for (const commit of [
        `--output=${join(markers, 'put-back')}`,
        '-p',
        '--all',
        first,
        earlier.slice(0, 7),
        'HEAD',
        'refs/studio/live',
        'refs/studio/live~1',
        `${earlier}^{commit}`,
        `${earlier}\n`,
        ` ${earlier}`,
        '',
      ]) {
        const answer = await post('/studio/put-back', { commit });
        expect(answer.status, JSON.stringify(commit)).toBe(404);
      }
      expect(existsSync(join(markers, 'put-back'))).toBe(false);
      expect(live()).toBe(liveBefore);
      const answer = await post('/studio/put-back', { commit: earlier });
      expect(answer.status).toBe(303);
      expect(await jobEnds(answer.headers.location ?? '')).toContain(
        'Done: the public site shows it now',
      );
      expect(
        git('log', '-1', '--format=%(trailers:key=Studio-Put-Back,valueonly)', 'refs/studio/live'),
      ).toBe(earlier);
    });

    it('refuses a form too long to be from its pages, and goes on answering', async () => {
      const liveBefore = live();
      const refused = await ask('/studio/publish', {
        method: 'POST',
        headers: { cookie: sam, origin, 'content-type': FORM },
        body: `message=${'a'.repeat(1_000_000)}`,
      });
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe('close');
      expect(studio.queue.running()).toBeUndefined();
      expect(live()).toBe(liveBefore);
      expect((await ask('/studio/', { headers: { cookie: sam } })).status).toBe(200);
    });
  });

  describe('sizes and headers', () => {
    it('refuses a save longer than a 20 MB photo can make before reading it, and a save of no stated length', async () => {
      const head = git('rev-parse', 'HEAD');
      for (const length of [String(31 * 1024 * 1024), undefined]) {
        const refused = await new Promise<number>((resolve, reject) => {
          const sent = request(
            {
              host: '127.0.0.1',
              port,
              path: '/api/keystatic/update',
              method: 'POST',
              headers: {
                cookie: sam,
                origin,
                'no-cors': '1',
                'content-type': 'application/json',
                ...(length === undefined
                  ? { 'transfer-encoding': 'chunked' }
                  : { 'content-length': length }),
              },
            },
            (response) => {
              response.resume();
              resolve(response.statusCode ?? 0);
            },
          );
          sent.on('error', reject);
          // Only the start is sent: the answer must come without the rest.
          sent.write('{"additions":[');
        });
        expect(refused, String(length)).toBe(413);
      }
      expect(git('rev-parse', 'HEAD')).toBe(head);
      expect(git('status', '--porcelain')).toBe('');
    });

    it('serves the draft with the public site’s own headers, its policy included, but never cached', async () => {
      const answer = await ask('/treatments/', { headers: { cookie: sam } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.headers['cache-control']).toBe('no-store');
      const style = /href="(\/_astro\/[^"]+\.css)"/.exec(answer.body)?.[1];
      expect(style).toBeDefined();
      const sheet = await ask(style ?? '', { headers: { cookie: sam } });
      expect(sheet.status).toBe(200);
      expect(sheet.headers['cache-control']).toBe('no-store');
    });
  });

  describe('the queue', () => {
    it('shows any editor any job: they publish the same site', async () => {
      const { password } = await accounts.addPerson('Karen Evans');
      const karen = await cookieOf('karen-evans', password);
      const answer = await post('/studio/publish', { message: 'Sam’s publish' });
      const location = answer.headers.location ?? '';
      expect((await ask(location, { headers: { cookie: karen } })).body).toContain(
        'Started by Sam Taylor',
      );
      await jobEnds(location);
      for (const id of ['0', '999999', '-1', '1e3', '01', '1/', '1%2f..']) {
        expect((await ask(`/studio/jobs/${id}`, { headers: { cookie: karen } })).status, id).toBe(
          404,
        );
      }
    });

    it('runs many publishes one at a time, a preview build among them, and finishes them all', async () => {
      const text = readFileSync(join(repo, TREATMENT), 'utf8');
      const before = Number(git('rev-list', '--count', '--grep=Studio-Publish: yes', 'HEAD'));
      const ids: string[] = [];
      let most = 0;
      const watch = setInterval(() => {
        const running = ids.filter((id) => studio.queue.job(id)?.state === 'running').length;
        most = Math.max(most, running);
      }, 5);
      const publishes = (numbers: number[]) =>
        Promise.all(numbers.map((n) => post('/studio/publish', { message: `Publish ${n} of 4` })));
      try {
        const first = await publishes([1, 2]);
        // A draft build and a save queue among them; the build lock would fail a second build at once.
        const between = ask('/treatments/', { headers: { cookie: sam } });
        expect((await api('tree')).status).toBe(200);
        const saved = api(
          'update',
          sam,
          saveOf(TREATMENT, text.replace('Tiny sterile', 'Very fine')),
        );
        const rest = await publishes([3, 4]);
        const answers = [...first, ...rest];
        expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303]);
        const locations = answers.map((answer) => answer.headers.location ?? '');
        ids.push(...locations.map((location) => location.split('/').at(-1) ?? ''));
        ids.sort((a, b) => Number(a) - Number(b));
        const last = await ask(`/studio/jobs/${ids.at(-1) ?? ''}`, { headers: { cookie: sam } });
        expect(last.body).toContain('Waiting its turn: only one publish runs at a time');
        for (const location of locations) {
          expect(await jobEnds(location)).toContain('Done: the public site shows it now');
        }
        expect((await between).status).toBe(200);
        expect((await saved).status).toBe(200);
        const draft = await ask('/treatments/', { headers: { cookie: sam } });
        expect(draft.status).toBe(200);
        expect(draft.body).toContain('Very fine');
      } finally {
        clearInterval(watch);
      }
      expect(most).toBe(1);
      const starts = ids.map((id) => studio.queue.job(id)?.startedAt?.getTime() ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(Number(git('rev-list', '--count', '--grep=Studio-Publish: yes', 'HEAD'))).toBe(
        before + 4,
      );
      expect(git('status', '--porcelain')).toBe('');
      expect((await save(TREATMENT, text)).status).toBe(200);
    });
  });
});
