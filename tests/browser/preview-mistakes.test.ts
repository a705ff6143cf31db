import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../helpers/build-site';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { axeViolations } from './axe';
import { launchChromium, noBrowser } from './chromium';

const TREATMENT = 'treatments/microneedling.mdx';
// The first look at a page compiles it, which takes a while on a busy machine.
const SHOWN = { timeout: 60_000 };

let browser: Browser;
let content = '';
let preview: DevServer | undefined;

/** Each edited file as it was before the test, put back after it so one failure stays one. */
const originals = new Map<string, string>();

/** Replaces `from` with `to` in one content file, as an editor saving it would. */
function edit(file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!originals.has(path)) originals.set(path, text);
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** Opens a page of the preview once it listens for the preview's reloads, as an editor's tab does. */
async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const listening = page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
    ...SHOWN,
  });
  await page.goto(`${preview?.origin}${path}`);
  await listening;
  return page;
}

/** Opens a page of a preview that is waiting for the content to be fixed before it starts. */
async function openWaiting(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${preview?.origin}${path}`);
  return page;
}

interface MistakesPage {
  heading: string;
  /** Each block's heading and its labelled lines. */
  blocks: { where: string; lines: Record<string, string> }[];
  text: string;
  /** Pixels wider than the screen. */
  overflow: number;
}

/** Reads the mistakes page in one go, so a reload between two reads cannot mix two pages. */
const readMistakes = (page: Page) =>
  page.evaluate<MistakesPage>(() => ({
    heading: document.querySelector('h1')?.textContent ?? '',
    blocks: [...document.querySelectorAll('section')].map((section) => ({
      where: section.querySelector('h2')?.textContent ?? '',
      lines: Object.fromEntries(
        [...section.querySelectorAll('dt')].map((term) => [
          term.textContent,
          term.nextElementSibling?.textContent ?? '',
        ]),
      ),
    })),
    text: document.querySelector('main')?.innerText ?? '',
    overflow: document.documentElement.scrollWidth - innerWidth,
  }));

/**
 * The mistakes page once it has settled: the preview may reload the page more than once as it reads
 * the saved file, so reading is retried until it shows the one mistake expected.
 */
async function settledMistakes(page: Page, where: string): Promise<MistakesPage> {
  const deadline = Date.now() + SHOWN.timeout;
  let last: MistakesPage | undefined;
  for (;;) {
    try {
      await page.waitForLoadState('networkidle');
      const read = await readMistakes(page);
      last = read;
      if (read.heading === 'The content has 1 mistake to fix' && read.blocks[0]?.where === where) {
        return read;
      }
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `No mistakes page for ${where}: ${JSON.stringify(last)}\n${preview?.output()}`,
      );
    await page.waitForTimeout(250);
  }
}

/** The mistakes page, checked the way an editor reads it, at the width it is open at. */
async function expectMistakeShown(page: Page, block: { where: string; field: string }) {
  const read = await settledMistakes(page, block.where);
  expect(read.blocks).toHaveLength(1);
  expect(read.blocks[0]?.where).toBe(block.where);
  expect(read.blocks[0]?.lines).toMatchObject({ Field: block.field });
  expect(Object.keys(read.blocks[0]?.lines ?? {})).toEqual(['Field', 'Problem', 'Example']);
  expect(read.text, 'no stack trace').not.toMatch(/\bat .+:\d+:\d+|Stack trace|node_modules/);
  expect(read.overflow, 'pixels wider than the screen').toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  return read;
}

beforeAll(async () => {
  if (noBrowser) return;
  browser = await launchChromium();
  content = contentWith();
  preview = await startDevServer(content);
});

afterEach(() => {
  for (const [path, text] of originals) writeFileSync(path, text);
  originals.clear();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe.skipIf(noBrowser)(
  'npm run dev shows a content mistake on the page being looked at',
  () => {
    it('a number written as a word: the blocks replace the page, and the fixed page comes back', async () => {
      const page = await open('/treatments/microneedling/', 1280);
      await page.getByRole('heading', { level: 1, name: 'Microneedling' }).waitFor(SHOWN);
      edit(TREATMENT, 'value: 6', 'value: six');
      await expectMistakeShown(page, {
        where: `${content}/${TREATMENT}, line 37`,
        field: 'sessionInterval > value',
      });
      edit(TREATMENT, 'value: six', 'value: 8');
      await page.getByRole('heading', { level: 1, name: 'Microneedling' }).waitFor(SHOWN);
      await page.getByText('8 weeks').first().waitFor(SHOWN);
      await page.close();
    });

    it('a misspelt practitioner, on a phone', async () => {
      const page = await open('/', 390);
      edit(TREATMENT, '- ilona-abramenko', '- ilona-abramenco');
      const read = await expectMistakeShown(page, {
        where: `${content}/${TREATMENT}, line 45`,
        field: 'practitioners > item 3',
      });
      expect(read.blocks[0]?.lines['Problem']).toMatch(/there is "ilona-abramenko"/);
      // Set SCREENSHOT_DIR to look at the page as an editor's phone shows it.
      const screenshots = process.env['SCREENSHOT_DIR'];
      if (screenshots) {
        await page.screenshot({
          path: join(screenshots, 'preview-mistake-390.png'),
          fullPage: true,
        });
      }
      edit(TREATMENT, '- ilona-abramenco', '- ilona-abramenko');
      await page.getByRole('heading', { level: 1, name: 'The Skin Clinic' }).waitFor(SHOWN);
      await page.close();
    });

    it('a closure written 31/12/2026, on a page that never reads it', async () => {
      const page = await open('/practitioners/', 390);
      edit('site.yaml', 'closures: []', 'closures:\n  - 31/12/2026');
      const read = await expectMistakeShown(page, {
        where: `${content}/site.yaml, line 10`,
        field: 'closures > item 1',
      });
      expect(read.blocks[0]?.lines['Example']).toMatch(/- 2026-12-31/);
      edit('site.yaml', '  - 31/12/2026', '  - 2026-12-31');
      await page.getByRole('heading', { level: 1, name: 'Practitioners' }).waitFor(SHOWN);
      await page.close();
    });

    it('a claim the advertising rules question: the page still shows, under a notice of it', async () => {
      const page = await open('/treatments/microneedling/', 390);
      await page.getByRole('heading', { level: 1, name: 'Microneedling' }).waitFor(SHOWN);
      edit(TREATMENT, 'for the skin.\n', 'for the skin. It is painless.\n');
      const notice = page.getByRole('complementary', { name: 'Words to look at' });
      await notice.getByText('The words on the site have 1 thing to look at').waitFor(SHOWN);
      await page.getByRole('heading', { level: 1, name: 'Microneedling' }).waitFor(SHOWN);
      await notice.getByText('The words on the site have 1 thing to look at').click();
      await expect
        .poll(() => notice.locator('dt').allTextContents())
        .toEqual(['Field', 'Words', 'Problem', 'Instead']);
      expect(await notice.locator('dd').nth(1).textContent()).toBe('painless');
      expect(await axeViolations(page)).toEqual([]);
      edit(TREATMENT, ' It is painless.', '');
      await notice.waitFor({ state: 'detached', ...SHOWN });
      await page.close();
    });

    it('a prescription-only medicine stops the page, with the words, why and what instead', async () => {
      const page = await open('/treatments/microneedling/', 1280);
      edit(TREATMENT, 'for the skin.\n', 'for the skin. We also offer Botox.\n');
      const line =
        readFileSync(join(content, TREATMENT), 'utf8')
          .split('\n')
          .findIndex((text) => text.startsWith('Microneedling is a cosmetic treatment')) + 1;
      const read = await settledMistakes(page, `${content}/${TREATMENT}, line ${line}`);
      expect(read.blocks[0]?.lines).toMatchObject({ Field: 'page text', Words: 'Botox' });
      expect(Object.keys(read.blocks[0]?.lines ?? {})).toEqual([
        'Field',
        'Words',
        'Problem',
        'Instead',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      edit(TREATMENT, ' We also offer Botox.', '');
      await page.getByRole('heading', { level: 1, name: 'Microneedling' }).waitFor(SHOWN);
      await page.close();
    });

    it('a preview started on content with a mistake shows it, then starts once it is fixed', async () => {
      await preview?.stop();
      edit(TREATMENT, 'value: 6', 'value: 6 weeks');
      preview = await startDevServer(content);
      const page = await openWaiting('/treatments/microneedling/');
      await expectMistakeShown(page, {
        where: `${content}/${TREATMENT}, line 37`,
        field: 'sessionInterval > value',
      });
      edit(TREATMENT, 'value: 6 weeks', 'value: 6');
      await page
        .getByRole('heading', { level: 1, name: 'Microneedling' })
        .waitFor({ timeout: 60_000 });
    });
  },
);
