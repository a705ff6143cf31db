import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noBrowser } from './chromium';
import {
  EDITOR_TEST_TIMEOUT as TEST_TIMEOUT,
  editorSession,
  SAVE_API,
  SHOWN,
} from './editor-session';

const TREATMENT_FORM = '/keystatic/collection/treatments/item/microneedling';
const SETTINGS_FORM = '/keystatic/singleton/site';
const LARGEST_DEPTH = 'The largest needle depth used in the clinic';
const FIRST_DAY = 'The first day of a closure';

const editor = editorSession();
const { read, write, newPage } = editor;
const open = editor.openField;
const save = (page: Page, file: string, before: string) => editor.save(page, file, { before });

/** What a developer's screen or a failed form would show instead of the form. */
async function brokenScreen(page: Page): Promise<string | undefined> {
  if ((await page.locator('vite-error-overlay').count()) > 0) return 'the error overlay';
  const body = await page.locator('body').innerText();
  return /Field validation failed|is missing: copy it|at [\w.]+ \(/.exec(body)?.[0];
}

describe.skipIf(noBrowser)('the forms and a mistake in a value', () => {
  it(
    'a decimal comma typed in a depth is refused next to the box, and nothing is saved',
    async () => {
      const page = await newPage();
      const file = 'treatments/microneedling.mdx';
      const original = read(file);
      const depth = await open(page, TREATMENT_FORM, LARGEST_DEPTH);
      await depth.fill('1,5');
      await depth.blur();
      expect(await depth.inputValue(), 'the box keeps what was typed').toBe('1,5');
      await expect
        .poll(() => page.getByText('with a full stop for decimals').count())
        .toBeGreaterThan(0);
      const saves: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === SAVE_API) saves.push(request.postData() ?? '');
      });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await depth.fill('1.25');
      const saved = await save(page, file, original);
      expect(saved.replace('max: 1.25', 'max: 1.5')).toBe(original);
      // The form sends a file only when it saves, so one request means the refused value never left it.
      expect(saves, 'a refused value is not saved').toHaveLength(1);
      // Closing the tab's context, awaited, leaves nothing to fail once the browser is gone.
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    '1,5mm written in the treatment file: the form opens, shows it and why, and saves the fix',
    async () => {
      const page = await newPage();
      const file = 'treatments/microneedling.mdx';
      const good = read(file);
      const mistaken = good.replace(/max: [\d.]+/, 'max: 1,5mm');
      write(file, mistaken);
      const depth = await open(page, TREATMENT_FORM, LARGEST_DEPTH);
      expect(await brokenScreen(page)).toBeUndefined();
      expect(await depth.inputValue()).toBe('1,5mm');
      await expect.poll(() => page.getByText('has its unit in it').count()).toBeGreaterThan(0);
      await depth.fill('1.5');
      expect(await save(page, file, mistaken)).toBe(good.replace(/max: [\d.]+/, 'max: 1.5'));
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    '31/12/2026 in site.yaml: no forms page breaks, the settings form shows it and saves the fix',
    async () => {
      const page = await newPage();
      const file = 'site.yaml';
      const good = read(file);
      await open(page, SETTINGS_FORM, "The clinic's name");
      await page.goto(`${editor.preview.origin}/keystatic`, SHOWN);
      await page.getByText('Clinic settings').first().waitFor(SHOWN);
      const mistaken = good.replace('closures: []', 'closures:\n  - 31/12/2026\n');
      write(file, mistaken);
      // The dashboard already open, and every forms page opened now, stay usable once the preview
      // has taken the change in, which its site pages show as the mistakes page.
      await expect
        .poll(async () => (await fetch(`${editor.preview.origin}/`)).status, SHOWN)
        .toBe(503);
      expect(await brokenScreen(page), 'the open dashboard').toBeUndefined();
      await page.goto(`${editor.preview.origin}/keystatic`, SHOWN);
      await page.getByText('Clinic settings').first().waitFor(SHOWN);
      expect(await brokenScreen(page), 'the dashboard').toBeUndefined();
      await open(page, SETTINGS_FORM, "The clinic's name");
      expect(await brokenScreen(page), 'the settings form').toBeUndefined();
      await page.getByText('31/12/2026', { exact: true }).click();
      const day = page.getByLabel(FIRST_DAY).first();
      expect(await day.inputValue()).toBe('31/12/2026');
      await expect
        .poll(() => page.getByText('31/12/2026 is written 2026-12-31').count())
        .toBeGreaterThan(0);
      await day.fill('2026-12-31');
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      const fixed = await save(page, file, mistaken);
      expect(fixed).toContain('closures:\n  - 2026-12-31\n');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
