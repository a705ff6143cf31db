import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { launchChromium, noBrowser } from './chromium';
import { pressSave } from './editor-save';

// The first look at the editor compiles it, which takes a while on a busy machine.
const SHOWN = { timeout: 90_000 };
const TEST_TIMEOUT = 300_000;
const AFTERCARE_FORM = '/keystatic/collection/aftercare/item/microneedling';
const TREATMENT_FORM = '/keystatic/collection/treatments/item/microneedling';
const PROCEDURE_FORM = '/keystatic/collection/procedures/item/microneedling';
const PRACTITIONER_FORM = '/keystatic/collection/practitioners/item/karen-evans';
const FIRST_STAGE = 'Redness and tenderness';
const LATEST_END = 'The latest end of a stage';

let browser: Browser;
let preview: DevServer | undefined;
let content = '';

const read = (file: string) => readFileSync(join(content, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(content, file), text);

/** The lines of `after` that differ from the same line of `before`. */
const changedLines = (before: string, after: string) => {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => line !== old[index]);
};

async function save(page: Page, file: string, before: string) {
  const status = await pressSave(page, 'Save', SHOWN.timeout);
  expect(status, `saving ${file}\n${preview?.output()}`).toBe(200);
  const now = read(file);
  expect(now, `saving changed ${file}`).not.toBe(before);
  return now;
}

/** Opens a form, failing with what the page shows instead when `shown` never appears. */
async function open(page: Page, form: string, shown: string) {
  await page.goto(`${preview?.origin}${form}`, { ...SHOWN, waitUntil: 'domcontentloaded' });
  try {
    await page.getByText(shown).first().waitFor(SHOWN);
  } catch (error) {
    const body = await page.locator('body').innerText();
    throw new Error(`${form} does not show "${shown}". It shows:\n${body}`, { cause: error });
  }
}

/** Opens a stage of the aftercare timeline and returns its latest-end box. */
async function latestEndOf(page: Page, stage: string) {
  await open(page, AFTERCARE_FORM, stage);
  await page.getByText(stage, { exact: true }).first().click();
  const box = page.getByLabel(LATEST_END).first();
  await box.waitFor(SHOWN);
  return box;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

const shows = (page: Page, words: string) => expect.poll(() => page.getByText(words).count());

beforeAll(async () => {
  if (noBrowser) return;
  browser = await launchChromium();
  preview = await startDevServer();
  content = join(preview.project, 'content');
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe.skipIf(noBrowser)('one box for a time, and values of the wrong kind in a file', () => {
  it(
    "a stage's end typed in its one box saves one changed line",
    async () => {
      const page = await newPage();
      const file = 'aftercare/microneedling.mdx';
      const original = read(file);
      const end = await latestEndOf(page, FIRST_STAGE);
      expect(await end.inputValue()).toBe('72 hours');
      await end.fill('96 hours');
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      const saved = await save(page, file, original);
      expect(changedLines(original, saved)).toEqual(['      value: 96']);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a unit the check does not take opens in the time box with its message, and the fix is saved',
    async () => {
      const page = await newPage();
      const file = 'aftercare/microneedling.mdx';
      const good = read(file);
      const [, value = ''] = /end:\n\s+value: (\d+)\n\s+unit: hours/.exec(good) ?? [];
      const mistaken = good.replace(/(end:\n\s+value: \d+\n\s+unit:) hours/, '$1 fortnights');
      expect(changedLines(good, mistaken)).toHaveLength(1);
      write(file, mistaken);
      const end = await latestEndOf(page, FIRST_STAGE);
      expect(await end.inputValue()).toBe(`${value} fortnights`);
      await shows(page, 'must be hours or days').toBeGreaterThan(0);
      await end.fill(`${value} hours`);
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      expect(await save(page, file, mistaken)).toBe(good);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a unit of 6 and a review date of 27/11/2026 open in the treatment form, and the fixes are saved',
    async () => {
      const page = await newPage();
      const file = 'treatments/microneedling.mdx';
      const good = read(file);
      const mistaken = good
        .replace('  value: 6\n  unit: weeks', '  value: 6\n  unit: 6')
        .replace('lastReviewed: 2026-11-27', 'lastReviewed: 27/11/2026');
      expect(changedLines(good, mistaken)).toHaveLength(2);
      write(file, mistaken);
      await open(page, TREATMENT_FORM, 'The date this page was last checked');
      await shows(page, '6 (not one of the choices)').toBe(1);
      await shows(page, 'must be days or weeks').toBeGreaterThan(0);
      const date = page.getByLabel('The date this page was last checked').first();
      expect(await date.inputValue()).toBe('27/11/2026');
      await shows(page, '27/11/2026 is written 2026-11-27').toBeGreaterThan(0);
      await page.getByRole('radio', { name: 'Weeks' }).check();
      await date.fill('2026-11-27');
      expect(await save(page, file, mistaken)).toBe(good);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a tick box written "yes" opens in the procedure form with its message, and the fix is saved',
    async () => {
      const page = await newPage();
      const file = 'procedures/microneedling.mdx';
      const good = read(file);
      const mistaken = good.replace('preparation: true', 'preparation: yes');
      write(file, mistaken);
      await open(page, PROCEDURE_FORM, 'Cleansing');
      await page.getByText('Cleansing', { exact: true }).first().click();
      await shows(page, 'must be true or false').toBeGreaterThan(0);
      await page.getByRole('checkbox', { name: /gets the skin ready/ }).check();
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      expect(await save(page, file, mistaken)).toBe(good);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a working day written alone, not as a list, opens ticked with its message, and saves as a list once ticked again',
    async () => {
      const page = await newPage();
      const file = 'practitioners/karen-evans.mdx';
      const good = read(file);
      const mistaken = good.replace('workingDays: []', 'workingDays: monday');
      expect(mistaken).not.toBe(good);
      write(file, mistaken);
      await open(page, PRACTITIONER_FORM, 'The days the practitioner works');
      await shows(page, 'must be a list of days').toBeGreaterThan(0);
      const monday = page.getByRole('checkbox', { name: 'Monday' });
      expect(await monday.isChecked()).toBe(true);
      await monday.uncheck();
      await monday.check();
      expect(await save(page, file, mistaken)).toBe(
        good.replace('workingDays: []', 'workingDays:\n  - monday'),
      );
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
