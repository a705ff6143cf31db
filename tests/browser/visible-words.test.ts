import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../helpers/built-site';
import { REPOSITORY } from '../helpers/content-fixtures';
import { launchChromium, noBrowser } from './chromium';
import { dictionaryOf, repeatedSentences, unknownWords } from './reader-words';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
// Pages whose scripts write words after load, in the state a client would bring them to.
const WITH_STATE = ['/treatments/microneedling/?last=2026-11-20', '/search/?q=redness'];
const dictionary = dictionaryOf([join(REPOSITORY, 'content'), join(REPOSITORY, 'src')]);

let browser: Browser;
beforeAll(async () => {
  if (!noBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** The page's words as Chromium lays them out, inline elements joined as they are drawn. */
async function readerText(path: string, javaScriptEnabled: boolean): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await page.goto(`${inject('origin')}${path}`, { waitUntil: 'networkidle' });
  const text = await page.locator('body').innerText();
  await context.close();
  return text;
}

describe.skipIf(noBrowser)('the words on every page, as a reader sees them', () => {
  it('reads the whole site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  describe.each([
    ['with JavaScript', true, [...pages, ...WITH_STATE]],
    ['without JavaScript', false, pages],
  ] as const)('%s', (_label, javaScript, paths) => {
    it.each(paths)('%s has only words written somewhere, and no sentence twice', async (path) => {
      const text = await readerText(path, javaScript);
      expect(text.length).toBeGreaterThan(100);
      expect(unknownWords(text, dictionary)).toEqual([]);
      expect(repeatedSentences(text)).toEqual([]);
    });
  });
});
