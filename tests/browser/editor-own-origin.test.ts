import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser } from './chromium';
import { WRITING_API } from '~/editor/writing-api';
import { editorSession } from './editor-session';

/**
 * Another program's page on this computer, such as a second dev server, tries to make the preview
 * write a content file through the forms' API. The preview must refuse it, while its own pages
 * still save.
 */
const FILE = 'treatments/microneedling.mdx';
const TARGET = `content/${FILE}`;
const PAYLOAD =
  "---\ntitle: x\n---\nexport const x = (await import('node:fs')).writeFileSync('owned', '');\n";

const editor = editorSession();
let attacker: Server | undefined;
let attackerOrigin = '';
let original = '';

const target = () => editor.read(FILE);

/** A save of `contents` into the treatment, as the forms send it. */
function saveRequest(contents: string) {
  return {
    path: TARGET,
    body: JSON.stringify({
      additions: [{ path: TARGET, contents: Buffer.from(contents).toString('base64url') }],
      deletions: [],
    }),
  };
}

/** A page that posts to the preview from wherever it is served. */
function attackPage(previewOrigin: string): string {
  return `<!doctype html><title>Another local page</title>
<form method="post" enctype="text/plain" action="${previewOrigin}/api/keystatic/update">
<input name='{"additions":[],"x":"' value='"}'><button>Send</button></form>`;
}

/** Runs in the page: the forms' own request, from wherever the page is. */
async function postFromPage(page: Page, previewOrigin: string, body: string, mode: RequestMode) {
  return page.evaluate(
    async ({ url, body, mode }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          mode,
          headers: { 'no-cors': '1', 'content-type': 'application/json' },
          body,
        });
        return response.type === 'opaque' ? 'opaque' : response.status;
      } catch (error) {
        return String(error);
      }
    },
    { url: `${previewOrigin}/api/keystatic/update`, body, mode },
  );
}

beforeAll(async () => {
  if (noBrowser) return;
  original = target();
  const page = attackPage(editor.preview.origin);
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  attacker = server;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  attackerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((closed) => attacker?.close(closed));
});

describe.skipIf(noBrowser)('the preview’s forms API, asked by a page on another port', () => {
  it('refuses a fetch and a form post from another port of the same host, and writes nothing', async () => {
    const { origin } = editor.preview;
    const page = await editor.browser.newPage();
    await page.goto(attackerOrigin);
    const { body } = saveRequest(PAYLOAD);

    // The browser asks first (the forms' headers are not simple ones) and is told no.
    expect(String(await postFromPage(page, origin, body, 'cors'))).toMatch(
      /TypeError: Failed to fetch/,
    );

    const simple = page.waitForResponse(`${origin}/api/keystatic/update`);
    expect(await postFromPage(page, origin, body, 'no-cors')).toBe('opaque');
    expect((await simple).status()).toBe(403);

    const [sent] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          response.request().resourceType() === 'document',
      ),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(sent.status()).toBe(403);
    await page.waitForURL(`${origin}/api/keystatic/update`);
    expect(await page.locator('body').innerText()).toMatch(/^Refused: the preview takes changes/);

    expect(target()).toBe(original);
    await page.close();
  });

  it('refuses a request from Node that claims another port as its Origin, or names none', async () => {
    const { origin } = editor.preview;
    const { body } = saveRequest(PAYLOAD);
    const headers = { 'no-cors': '1', 'content-type': 'application/json' };
    const forged = await fetch(`${origin}/api/keystatic/update`, {
      method: 'POST',
      headers: { ...headers, origin: 'http://localhost:5173' },
      body,
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/^Refused/);

    // The writing check reads the content folder's lists, so it is behind the same check.
    const asked = await fetch(`${origin}${WRITING_API}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
      body: JSON.stringify({ collection: 'treatments', field: 'summary', text: 'Hello.' }),
    });
    expect(asked.status).toBe(403);

    const unnamed = await fetch(`${origin}/api/keystatic/update`, {
      method: 'POST',
      headers,
      body,
    });
    expect(unnamed.status).toBe(403);

    const preflight = await fetch(`${origin}/api/keystatic/update`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,no-cors',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();

    expect(target()).toBe(original);
  });

  it('still saves the same request sent from one of its own pages', async () => {
    const { origin } = editor.preview;
    const page = await editor.browser.newPage();
    await page.goto(`${origin}/favicon.svg`);
    const changed = original.replace('Tiny sterile needles', 'Very fine sterile needles');
    expect(changed).not.toBe(original);
    expect(await postFromPage(page, origin, saveRequest(changed).body, 'cors')).toBe(200);
    expect(target()).toBe(changed);
    expect(await postFromPage(page, origin, saveRequest(original).body, 'cors')).toBe(200);
    expect(target()).toBe(original);
    await page.close();
  });
});
