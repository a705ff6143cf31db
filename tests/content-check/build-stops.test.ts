import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { tempFolder } from '../helpers/temp-folders';
import {
  astroBuild,
  blocksOf,
  contentWithMistake,
  runNpm,
  type CommandResult,
} from '../helpers/content-commands';

const outDir = join(tempFolder('dist'), 'site');

let dir = '';
let check: CommandResult;

beforeAll(async () => {
  dir = contentWithMistake({
    edit: 'treatments/microneedling.mdx',
    replace: 'unit: weeks',
    with: 'unit: months',
  });
  check = await runNpm('check:content', [], dir);
});

describe('astro build with a mistake in the content', () => {
  let result: CommandResult;

  beforeAll(async () => {
    result = await astroBuild(dir, outDir);
  });

  it('stops', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('prints the same blocks as npm run check:content', () => {
    const blocks = blocksOf(check.output);
    // The one mistake, and the reminder that the real content gives no way to book.
    expect(blocks.map(({ kind, field }) => `${kind}: ${field}`)).toEqual([
      'Problem: sessionInterval > unit',
      'Warning: contact',
    ]);
    for (const { text } of blocks) expect(result.output).toContain(text);
    expect(result.output).toMatch(/There is 1 mistake in .* \(shown above\)\. Fix it/);
  });

  it('prints no stack trace and no raw data', () => {
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(result.output).not.toMatch(/"code":|\{\s*"/);
  });
});

// The preview does not stop: it shows the mistakes in place of every page until they are fixed
// (tests/browser/preview-mistakes.test.ts follows an editor through that in Chromium).
describe('astro dev with a mistake in the content', () => {
  let preview: DevServer;
  let page: Response;

  beforeAll(async () => {
    preview = await startDevServer(dir);
    page = await fetch(`${preview.origin}/treatments/microneedling/`, {
      headers: { accept: 'text/html' },
    });
  });
  afterAll(() => preview?.stop());

  it('prints the same blocks as npm run check:content, and where to see them', () => {
    const blocks = blocksOf(check.output);
    // The one mistake, and the reminder that the real content gives no way to book.
    expect(blocks.map(({ kind, field }) => `${kind}: ${field}`)).toEqual([
      'Problem: sessionInterval > unit',
      'Warning: contact',
    ]);
    for (const { text } of blocks) expect(preview.output()).toContain(text);
    expect(preview.output()).toMatch(/Until the content is fixed, the preview \(port \d+\) shows/);
  });

  it('shows them in place of the page, with no stack trace', async () => {
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toMatch(/<h1>The content has 1 mistake to fix<\/h1>/);
    expect(html).toMatch(/<dt>Field<\/dt><dd><code>sessionInterval &gt; unit<\/code><\/dd>/);
    expect(`${html}${preview.output()}`).not.toMatch(/Stack trace|^\s+at /m);
  });
});
