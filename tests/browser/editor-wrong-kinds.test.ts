import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noBrowser } from './chromium';
import {
  changedLines,
  EDITOR_TEST_TIMEOUT as TEST_TIMEOUT,
  editorSession,
  SHOWN,
} from './editor-session';

const AFTERCARE_FORM = '/keystatic/collection/aftercare/item/microneedling';
const TREATMENT_FORM = '/keystatic/collection/treatments/item/microneedling';
const PROCEDURE_FORM = '/keystatic/collection/procedures/item/microneedling';
const PRACTITIONER_FORM = '/keystatic/collection/practitioners/item/karen-evans';
const FIRST_STAGE = 'Redness and tenderness';
const LATEST_END = 'The latest end of a stage';

const editor = editorSession();
const { read, write, newPage } = editor;
const open = editor.openShowing;
const save = (page: Page, file: string, before: string) => editor.save(page, file, { before });

/** Opens a stage of the aftercare timeline and returns its latest-end box. */
async function latestEndOf(page: Page, stage: string) {
  await open(page, AFTERCARE_FORM, stage);
  await page.getByText(stage, { exact: true }).first().click();
  const box = page.getByLabel(LATEST_END).first();
  await box.waitFor(SHOWN);
  return box;
}

const shows = (page: Page, words: string) => expect.poll(() => page.getByText(words).count());

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
