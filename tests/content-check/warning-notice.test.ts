import { PassThrough } from 'node:stream';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { problemPage } from '~/content-check/preview/problem-page';
import { addNoticeTo, warningNotice, withNotice } from '~/content-check/preview/warning-notice';

const WARNING = {
  file: 'content/treatments/microneedling.mdx',
  line: 51,
  field: 'page text',
  words: 'painless',
  message:
    'This reads as a promise of no pain or no recovery. Most treatments cause some discomfort. For example: Say what the client will feel.',
};

const PAGE =
  '<!doctype html><html lang="en-GB"><head></head><body class="site"><main>Page</main></body></html>';

describe('the notice of warnings about the words, on top of each preview page', () => {
  it('is nothing when there are no warnings, and the page is unchanged', () => {
    expect(warningNotice([])).toBe('');
    expect(withNotice(PAGE, '')).toBe(PAGE);
  });

  it('counts them in a short line that opens to each box: where, the words, why, what instead', () => {
    const notice = warningNotice([WARNING, { ...WARNING, line: 60 }]);
    expect(notice).toMatch(
      '<summary>The words on the site have 2 things to look at before publishing</summary>',
    );
    expect(notice).toMatch('<h2>content/treatments/microneedling.mdx, line 51</h2>');
    expect(notice).toMatch('<dt>Words</dt><dd>painless</dd>');
    expect(notice).toMatch(
      '<dt>Problem</dt><dd>This reads as a promise of no pain or no recovery.',
    );
    expect(notice).toMatch('<dt>Instead</dt><dd>Say what the client will feel.</dd>');
  });

  it('goes first in the body, and the page still shows under it', () => {
    const page = withNotice(PAGE, warningNotice([WARNING]));
    expect(page.indexOf('<aside id="writing-notice"')).toBe(
      page.indexOf('<body class="site">') + 19,
    );
    expect(page).toMatch('<main>Page</main>');
  });

  it('is added to an HTML response written in pieces, with its length put right', async () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    const sent = new PassThrough();
    response.assignSocket(sent as unknown as Socket);
    const bytes: Buffer[] = [];
    sent.on('data', (chunk: Buffer) => bytes.push(chunk));
    addNoticeTo(response, warningNotice([WARNING]));
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.write(PAGE.slice(0, 40));
    response.end(PAGE.slice(40));
    await new Promise((resolve) => response.on('finish', resolve));
    const [head = '', body = ''] = Buffer.concat(bytes).toString('utf8').split('\r\n\r\n');
    expect(body).toMatch(/<body class="site"><aside id="writing-notice"[\s\S]*<main>Page<\/main>/);
    expect(head).toMatch(`content-length: ${Buffer.byteLength(body)}`);
  });

  it("is added to a response whose headers come with writeHead, as Astro's dev server sends them", async () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    const sent = new PassThrough();
    response.assignSocket(sent as unknown as Socket);
    const bytes: Buffer[] = [];
    sent.on('data', (chunk: Buffer) => bytes.push(chunk));
    addNoticeTo(response, warningNotice([WARNING]));
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(PAGE.length) });
    response.write(new TextEncoder().encode(PAGE));
    response.end();
    await new Promise((resolve) => response.on('finish', resolve));
    const [head = '', body = ''] = Buffer.concat(bytes).toString('utf8').split('\r\n\r\n');
    expect(body).toMatch(/<body class="site"><aside id="writing-notice"/);
    expect(head).toMatch(`content-length: ${Buffer.byteLength(body)}`);
    expect(head.match(/content-length/gi)).toHaveLength(1);
  });

  it('leaves a response that is not a page as it is', async () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    const sent = new PassThrough();
    response.assignSocket(sent as unknown as Socket);
    const bytes: Buffer[] = [];
    sent.on('data', (chunk: Buffer) => bytes.push(chunk));
    addNoticeTo(response, warningNotice([WARNING]));
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end('console.log("<body>")');
    await new Promise((resolve) => response.on('finish', resolve));
    expect(Buffer.concat(bytes).toString('utf8')).not.toMatch('writing-notice');
  });

  it('shows words from the content as text', () => {
    expect(warningNotice([{ ...WARNING, words: '<script>' }])).toMatch(
      '<dt>Words</dt><dd>&lt;script&gt;</dd>',
    );
    expect(problemPage([{ ...WARNING, words: '<b>' }], undefined)).toMatch('&lt;b&gt;');
  });
});
