/**
 * The studio end to end, as on the clinic's server: the real nginx in front (a certificate made
 * here), the studio started by the systemd unit's own command, a real git repository, real builds
 * and Chromium. An editor signs in, changes the summary, sees it in the preview and not on the
 * public site, publishes, finds it in the history and puts the old words back; then the refusals.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/axe';
import { launchChromium, noBrowser } from '../browser/chromium';
import { tempFolder } from '../helpers/temp-folders';
import { freePort } from '~/lib/port-open';
import { askStudio, startStudioNginx, STUDIO_NAME, type StudioBehindNginx } from './studio-nginx';
import {
  addAccount,
  git,
  keystaticCall,
  startStudioAsUnit,
  studioRepository,
  type RunningStudio,
} from './studio-under-test';

const OLD_WORDS = 'Tiny sterile needles prompt';
const NEW_WORDS = 'A fine-needle treatment that helps the skin renew itself';
const SECRET_WORDS = 'Words that must never reach the public site';
const TREATMENT = 'content/treatments/microneedling.mdx';
const SUMMARY_FIELD = 'The one-line summary shown on the treatments page';
// Each publish is a whole build; on a busy machine it can take a minute.
const SHOWN = { timeout: 180_000 };

let repo = '';
let dataDir = '';
let password = '';
let nginx: StudioBehindNginx;
let studio: RunningStudio;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let remote = '';
let origin = '';
let karenPassword = '';
/** Each sign-in by request comes from an address of its own, so nginx's limit on tries is not reached. */
let nextAddress = 10;

const sitePage = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpsRequest(
      { host: '127.0.0.1', port: nginx.httpsPort, path, ca: nginx.siteCa },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });

async function signInAs(username: string, secret: string): Promise<string> {
  const answer = await askStudio(nginx, '/studio/sign-in', {
    method: 'POST',
    localAddress: `127.0.0.${nextAddress++}`,
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: secret }).toString(),
  });
  const cookie = answer.headers['set-cookie']?.split(';')[0];
  if (answer.status !== 303 || cookie === undefined) {
    throw new Error(`Sign-in failed: ${answer.status} ${answer.body.toString()}`);
  }
  return cookie;
}

/** Waits for a job page to end, and gives its words. */
async function jobEnds(): Promise<string> {
  await page.waitForURL(/\/studio\/jobs\/\d+$/, SHOWN);
  await page
    .getByText(/^(Done: the public site shows it now|Nothing was published)/)
    .first()
    .waitFor(SHOWN);
  return page.locator('main').innerText();
}

async function publishFromStudio(message: string): Promise<string> {
  await page.goto(`${origin}/studio/`);
  await page.getByLabel('What changed, in a few words').fill(message);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  return jobEnds();
}

describe.skipIf(noBrowser)('the studio behind nginx', () => {
  beforeAll(async () => {
    ({ repo, dataDir, password } = studioRepository());
    remote = join(tempFolder('studio-remote'), 'site.git');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    git(repo, 'remote', 'add', 'backup', remote);
    const port = await freePort();
    nginx = await startStudioNginx(port, join(repo, 'dist'));
    origin = `https://${STUDIO_NAME}:${nginx.httpsPort}`;
    studio = await startStudioAsUnit(repo, {
      STUDIO_ORIGIN: origin,
      STUDIO_PORT: String(port),
      STUDIO_PUSH: 'backup',
    });
    browser = await launchChromium();
    context = await browser.newContext({ ignoreHTTPSErrors: true });
    page = await context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
    await nginx?.stop();
  });

  it('sends a visitor with no session to the sign-in page, and signs an editor in', async () => {
    await page.goto(`${origin}/studio/`);
    expect(new URL(page.url()).pathname).toBe('/studio/sign-in');
    await page.getByLabel('Sign-in name').fill('sam-taylor');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('is not right');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Publish', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain(
      'Nothing has been published from the studio yet',
    );
  });

  it('publishes the site as it is, as the first version in the history', async () => {
    const words = await publishFromStudio('The site as it was before the studio');
    expect(words, studio.output()).toContain('Done: the public site shows it now');
    expect(git(repo, 'log', '-1', '--format=%an|%s', 'refs/studio/live')).toBe(
      'Sam Taylor|The site as it was before the studio',
    );
  });

  it('saves an edit in the forms as a commit by its editor, shown in the preview and not on the public site', async () => {
    await page.goto(`${origin}/keystatic/collection/treatments/item/microneedling`, {
      waitUntil: 'domcontentloaded',
    });
    const summary = page.getByLabel(SUMMARY_FIELD).first();
    await summary.waitFor(SHOWN);
    await summary.fill(NEW_WORDS);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => readFileSync(join(repo, TREATMENT), 'utf8'), SHOWN)
      .toContain(NEW_WORDS);
    await expect
      .poll(() => git(repo, 'log', '-1', '--format=%an', '--', TREATMENT))
      .toBe('Sam Taylor');

    const preview = await context.newPage();
    await preview.goto(`${origin}/treatments/`, SHOWN);
    expect(await preview.locator('main').innerText()).toContain(NEW_WORDS);
    const bar = preview.getByRole('region', { name: 'Studio preview' });
    expect(await bar.innerText()).toContain('The public site has not changed.');
    await bar.getByRole('link', { name: 'Back to the studio' }).click();
    await preview.getByRole('heading', { name: 'Publish', level: 1 }).waitFor();
    await preview.close();
    expect((await sitePage('/treatments/')).body).not.toContain(NEW_WORDS);

    await page.goto(`${origin}/studio/`);
    expect(await page.locator('main').innerText()).toContain(
      'Treatment: Microneedling, the one-line summary shown on the treatments page',
    );
  });

  it('publishes the edit: the public page shows it, the history lists it, the remote has it', async () => {
    const words = await publishFromStudio('New summary for microneedling');
    expect(words, studio.output()).toContain('Done: the public site shows it now');
    expect((await sitePage('/treatments/')).body).toContain(NEW_WORDS);

    await page.goto(`${origin}/studio/history`);
    const newest = page.locator('ol.publishes > li').first();
    const entry = await newest.innerText();
    expect(entry).toContain('New summary for microneedling');
    expect(entry).toContain('Sam Taylor');
    expect(entry).toContain(
      'Treatment: Microneedling, the one-line summary shown on the treatments page',
    );
    expect(entry).toContain('Live now');
    const live = git(repo, 'rev-parse', 'refs/studio/live');
    expect(
      execFileSync('git', ['--git-dir', remote, 'rev-parse', 'refs/studio/live'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe(live);
  });

  it('puts the first version back as a new publish, and the public page has the old words again', async () => {
    await page.goto(`${origin}/studio/history`);
    const first = page.locator('ol.publishes > li', {
      hasText: 'The site as it was before the studio',
    });
    await first.getByRole('button', { name: /^Put this version back/ }).click();
    const words = await jobEnds();
    expect(words, studio.output()).toContain('Done: the public site shows it now');
    const site = (await sitePage('/treatments/')).body;
    expect(site).toContain(OLD_WORDS);
    expect(site).not.toContain(NEW_WORDS);
    await page.goto(`${origin}/studio/history`);
    const newest = await page.locator('ol.publishes > li').first().innerText();
    expect(newest).toContain('Put back the version published on');
    expect(newest).toContain('Live now');
    expect(git(repo, 'log', '--format=%an', '-3')).toBe('Sam Taylor\nSam Taylor\nSam Taylor');
  });

  it('refuses to publish while the content has a mistake, and shows it', async () => {
    const text = readFileSync(join(repo, TREATMENT), 'utf8');
    writeFileSync(join(repo, TREATMENT), text.replace(/^name: Microneedling$/m, 'name: ""'));
    const live = readlinkSync(join(repo, 'dist'));
    try {
      await page.goto(`${origin}/studio/`);
      expect(await page.locator('.problems').innerText()).toContain(TREATMENT);
      const words = await publishFromStudio('This must not go out');
      expect(words).toContain('Nothing was published: the content has mistakes');
      expect(words).toContain(TREATMENT);
      expect(readlinkSync(join(repo, 'dist'))).toBe(live);
      const preview = await context.newPage();
      const answer = await preview.goto(`${origin}/treatments/`);
      expect(answer?.status()).toBe(503);
      expect(await preview.locator('main').innerText()).toContain(TREATMENT);
      await preview.close();
    } finally {
      writeFileSync(join(repo, TREATMENT), text);
    }
  });

  it('leaves the public site as it was when the build fails during a publish', async () => {
    const text = readFileSync(join(repo, TREATMENT), 'utf8');
    const live = readlinkSync(join(repo, 'dist'));
    const liveCommit = git(repo, 'rev-parse', 'refs/studio/live');
    // The content is right, so the check passes; a page of the site's code then fails to build.
    const broken = join(repo, 'src', 'pages', 'broken-on-purpose.astro');
    writeFileSync(broken, "---\nthrow new Error('This page fails on purpose');\n---\n");
    writeFileSync(join(repo, TREATMENT), text.replace(OLD_WORDS, SECRET_WORDS));
    try {
      const words = await publishFromStudio('A publish whose build fails');
      expect(words).toContain('Nothing was published: the site could not be built');
      expect(readlinkSync(join(repo, 'dist'))).toBe(live);
      expect((await sitePage('/treatments/')).body).not.toContain(SECRET_WORDS);
      expect(git(repo, 'rev-parse', 'refs/studio/live')).toBe(liveCommit);
    } finally {
      rmSync(broken);
      writeFileSync(join(repo, TREATMENT), text);
    }
  });

  it('refuses a save over a file someone else changed since the form was opened, naming them', async () => {
    karenPassword = addAccount(repo, dataDir, 'Karen Evans');
    const karen = await signInAs('karen-evans', karenPassword);
    const sam = await signInAs('sam-taylor', password);
    const api = (cookie: string, path: string, body?: unknown) =>
      askStudio(nginx, `/api/keystatic/${path}`, keystaticCall(cookie, origin, body));
    const saveOf = (words: string) => ({
      additions: [
        {
          path: TREATMENT,
          contents: Buffer.from(
            readFileSync(join(repo, TREATMENT), 'utf8').replace(OLD_WORDS, words),
          ).toString('base64url'),
        },
      ],
      deletions: [],
    });
    expect((await api(sam, 'tree')).status).toBe(200);
    expect((await api(karen, 'tree')).status).toBe(200);
    expect((await api(karen, 'update', saveOf('Karen wrote this first'))).status).toBe(200);
    const refused = await api(sam, 'update', saveOf('Sam would overwrite it'));
    expect(refused.status).toBe(409);
    expect(refused.body.toString()).toContain('Karen Evans saved a change to this file');
    expect(readFileSync(join(repo, TREATMENT), 'utf8')).toContain('Karen wrote this first');
    expect(git(repo, 'log', '-1', '--format=%an', '--', TREATMENT)).toBe('Karen Evans');
    expect((await api(sam, 'tree')).status).toBe(200);
    expect((await api(sam, 'update', saveOf('Sam, after reloading'))).status).toBe(200);
  });

  it('keeps every save in the history, with the words as they were saved', async () => {
    await page.goto(`${origin}/studio/history`);
    expect(await page.locator('main').innerText()).toContain('Saved, not yet published');
    const unpublished = page.locator('details').first();
    await unpublished.locator('summary').click();
    const karens = unpublished.locator('li', { hasText: 'Karen Evans' }).first();
    await karens.getByRole('link', { name: TREATMENT }).click();
    await page.getByRole('heading', { name: 'Saved by Karen Evans' }).waitFor();
    expect(await page.locator('pre').innerText()).toContain('Karen wrote this first');
    await page.goto(`${origin}/studio/history`);
    const publish = page.locator('ol.publishes > li', { hasText: 'New summary for microneedling' });
    expect(await publish.locator('summary').innerText()).toMatch(/^The \d+ saves? in it$/);
  });

  it('shows the forms only the content folder, and reads no file outside it', async () => {
    const sam = await signInAs('sam-taylor', password);
    const tree = await askStudio(nginx, '/api/keystatic/tree', {
      headers: { cookie: sam, 'no-cors': '1' },
    });
    const paths = (JSON.parse(tree.body.toString()) as { path: string }[]).map(({ path }) => path);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.every((path) => path === 'content' || path.startsWith('content/'))).toBe(true);
    for (const path of ['package.json', 'content/../package.json', '.studio/accounts.sqlite']) {
      const answer = await askStudio(nginx, `/api/keystatic/blob/0/${path}`, {
        headers: { cookie: sam, 'no-cors': '1' },
      });
      expect(answer.status, path).not.toBe(200);
    }
  });

  it('keeps everything of the studio out of the public site', async () => {
    for (const path of ['/studio/', '/studio/sign-in', '/keystatic/', '/api/keystatic/tree']) {
      expect((await sitePage(path)).status, path).toBe(404);
    }
    const published = execFileSync(
      'find',
      [join(repo, 'dist') + '/', '-name', '*keystatic*', '-o', '-name', '*studio*'],
      { encoding: 'utf8' },
    );
    expect(published.trim()).toBe('');
  });

  it('answers every studio address with the sign-in page or 401 without a session', async () => {
    for (const path of [
      '/studio/',
      '/studio/history',
      '/studio/jobs/1',
      '/',
      '/treatments/',
      '/keystatic',
    ]) {
      const answer = await askStudio(nginx, path, { headers: { accept: 'text/html' } });
      expect(answer.status, path).toBe(303);
      expect(answer.headers['location'], path).toMatch(/^\/studio\/sign-in\?next=/);
    }
    for (const path of ['/api/keystatic/tree', '/_forms/anything.js', '/_astro/anything.css']) {
      const answer = await askStudio(nginx, path, { headers: { 'no-cors': '1' } });
      expect(answer.status, path).toBe(401);
    }
    for (const path of ['/studio/publish', '/studio/put-back', '/api/keystatic/update']) {
      const answer = await askStudio(nginx, path, { method: 'POST', headers: { origin } });
      expect(answer.status, path).toBe(401);
    }
  });

  it('refuses every write from another origin, even with a session', async () => {
    const sam = await signInAs('sam-taylor', password);
    const before = git(repo, 'rev-parse', 'HEAD');
    for (const path of [
      '/studio/publish',
      '/studio/put-back',
      '/studio/sign-out',
      '/api/keystatic/update',
      '/studio/sign-in',
    ]) {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: `http://${STUDIO_NAME}:${nginx.httpsPort}` },
        {},
        { origin, 'sec-fetch-site': 'cross-site' },
      ]) {
        const answer = await askStudio(nginx, path, {
          method: 'POST',
          headers: { cookie: sam, 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: 'message=Published+by+another+site',
        });
        expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('keeps the publish live and says so when the push to the remote fails', async () => {
    renameSync(remote, `${remote}.away`);
    try {
      const words = await publishFromStudio('Published while the remote is away');
      expect(words, studio.output()).toContain('Done: the public site shows it now');
      expect(words).toContain('could not be sent to the copy of the site kept elsewhere');
      await page.goto(`${origin}/studio/`);
      expect(await page.getByRole('alert').first().innerText()).toContain('could not be sent');
    } finally {
      renameSync(`${remote}.away`, remote);
    }
  });

  it('has pages with no WCAG 2.2 AA failure on a phone and on a desktop', async () => {
    const jobs = git(repo, 'log', '--format=%H', 'refs/studio/live').split('\n').length;
    expect(jobs).toBeGreaterThan(1);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/studio/', '/studio/history', '/studio/jobs/1', '/treatments/']) {
        await page.goto(`${origin}${path}`);
        expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
      }
    }
    const visitor = await context.browser()!.newContext({ ignoreHTTPSErrors: true });
    const signIn = await visitor.newPage();
    await signIn.setViewportSize({ width: 390, height: 800 });
    await signIn.goto(`${origin}/studio/sign-in`);
    expect(await axeViolations(signIn)).toEqual([]);
    await visitor.close();
  });

  it('signs out, after which the studio asks for a sign-in again', async () => {
    await page.goto(`${origin}/studio/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/studio\/sign-in/);
    await page.goto(`${origin}/studio/history`);
    expect(new URL(page.url()).pathname).toBe('/studio/sign-in');
  });

  it('pauses a sign-in name after five wrong passwords, even for the right one', async () => {
    const tryOnce = (secret: string) =>
      askStudio(nginx, '/studio/sign-in', {
        method: 'POST',
        localAddress: `127.0.0.${nextAddress++}`,
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'karen-evans', password: secret }).toString(),
      });
    for (let n = 0; n < 5; n++) expect((await tryOnce(`guess ${n}`)).status).toBe(401);
    const right = await tryOnce(karenPassword);
    expect(right.status).toBe(401);
    expect(right.body.toString()).toContain('it is paused');
    expect(right.headers['set-cookie']).toBeUndefined();
  });
});
