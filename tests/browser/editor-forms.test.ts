import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { helpOf, shapeOf } from '~/editor/schema-help';
import { treatmentSchema } from '~/schemas/treatment';
import { runNpm } from '../helpers/content-commands';
import { noBrowser } from './chromium';
import { changedLines, editorSession, SHOWN } from './editor-session';

// Two saves of every file, each read back by the preview.
const ROUND_TRIP_TIMEOUT = 400_000;

/** The field each form is edited by: a line of text that never wraps onto a second line. */
const FIELD_OF = {
  treatments: 'The one-line summary shown on the treatments page',
  procedures: 'The short description shown by search engines',
  aftercare: 'The short description shown by search engines',
  practitioners: "The practitioner's job title",
} as const;

interface Entry {
  file: string;
  form: string;
  field: string;
}

/** Every file the forms can open, with its form's address and the field the test edits. */
function everyEntry(content: string): Entry[] {
  const entries = Object.entries(FIELD_OF).flatMap(([collection, field]) =>
    readdirSync(join(content, collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        file: `${collection}/${name}`,
        form: `/keystatic/collection/${collection}/item/${name.replace(/\.mdx$/, '')}`,
        field,
      })),
  );
  return [
    ...entries,
    { file: 'site.yaml', form: '/keystatic/singleton/site', field: "The clinic's name" },
  ];
}

const editor = editorSession();
const { read } = editor;
let context: BrowserContext;
/** Every address outside the preview that a page tried to reach and the browser let through. */
const elsewhere: string[] = [];

/** Opens a page of the preview and waits until it has `text` in it, as the preview reloads. */
async function previewShows(path: string, text: string): Promise<number> {
  const page = await context.newPage();
  const deadline = Date.now() + SHOWN.timeout;
  try {
    for (;;) {
      const response = await page.goto(`${editor.preview.origin}${path}`, SHOWN);
      const body = await page.locator('body').innerText();
      if (body.includes(text)) return response?.status() ?? 0;
      if (Date.now() > deadline)
        throw new Error(`${path} never showed "${text}":\n${body}\n${editor.preview.output()}`);
      await page.waitForTimeout(500);
    }
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  if (noBrowser) return;
  context = await editor.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = editor.preview.origin;
  // A request refused by the page's policy never reaches this; anything else leaving the preview does.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
});

describe.skipIf(noBrowser)('the browser forms in npm run dev', () => {
  it(
    'opens every entry; a one-field change saves as one line, and saving it back restores the file byte for byte',
    async () => {
      const page = await context.newPage();
      const entries = everyEntry(editor.content);
      expect(entries.length).toBeGreaterThanOrEqual(7);
      for (const { file, form, field } of entries) {
        const original = read(file);
        const input = await editor.openField(page, form, field);
        const value = await input.inputValue();
        await input.fill(`${value} (checked)`);
        const edited = await editor.save(page, file, { before: original });
        expect(changedLines(original, edited), file).toEqual([
          expect.stringMatching(/ \(checked\)$/),
        ]);
        const again = await editor.openField(page, form, field);
        await again.fill(value);
        expect(await editor.save(page, file, { before: edited }), file).toBe(original);
      }
      await page.close();
    },
    ROUND_TRIP_TIMEOUT,
  );

  it('an edited summary passes the content check and shows on the preview, and the form stays as it is', async () => {
    const page = await context.newPage();
    const file = 'treatments/microneedling.mdx';
    const original = read(file);
    const input = await editor.openField(
      page,
      '/keystatic/collection/treatments/item/microneedling',
      FIELD_OF.treatments,
    );
    const example = helpOf(
      shapeOf(treatmentSchema(z.string(), z.string()))['summary']!,
    ).description!;
    expect(await page.getByText(example, { exact: true }).count(), 'the check’s example').toBe(1);
    const value = await input.inputValue();
    const changed = value.replace('Tiny sterile needles', 'Very fine sterile needles');
    expect(changed).not.toBe(value);
    await input.fill(changed);
    // A reload of the form would lose this mark, and with it anything typed and not yet saved.
    await page.evaluate(() => document.body.setAttribute('data-not-reloaded', ''));
    const edited = await editor.save(page, file, { before: original });
    expect(changedLines(original, edited)).toEqual([
      expect.stringContaining('Very fine sterile needles'),
    ]);
    const check = await runNpm('check:content', [], editor.content);
    expect(check.status, check.output).toBe(0);
    expect(await previewShows('/treatments/', 'Very fine sterile needles')).toBe(200);
    expect(await page.locator('body[data-not-reloaded]').count(), 'the form was not reloaded').toBe(
      1,
    );
    await page.close();
  });

  it('a mistake saved from a form replaces the pages, and the form stays open to fix it', async () => {
    const page = await context.newPage();
    const file = 'procedures/microneedling.mdx';
    const original = read(file);
    const input = await editor.openField(
      page,
      '/keystatic/collection/procedures/item/microneedling',
      FIELD_OF.procedures,
    );
    const value = await input.inputValue();
    // A form refuses what the field's own check refuses, such as a placeholder; a date that is
    // not on the calendar is found in the file as written, once it is saved.
    await input.fill('Done before 2027-02-30.');
    await editor.save(page, file, { before: original });
    expect(
      await previewShows(
        '/treatments/microneedling/procedure/',
        'The content has 1 mistake to fix',
      ),
    ).toBe(503);
    expect(await page.locator('vite-error-overlay').count(), 'nothing covers the form').toBe(0);
    await input.fill(value);
    expect(await editor.save(page, file, { before: read(file) })).toBe(original);
    expect(await previewShows('/treatments/microneedling/procedure/', 'Cleansing')).toBe(200);
    await page.close();
  });

  it('a practitioner added in a form and linked to the treatment gets a profile page', async () => {
    const page = await context.newPage();
    const name = await editor.openField(
      page,
      '/keystatic/collection/practitioners/create',
      "The practitioner's full name",
    );
    await name.fill('Alex Example');
    await page.getByLabel("The practitioner's job title").first().fill('Practitioner');
    const profile = await editor.save(page, 'practitioners/alex-example.mdx', { button: 'Create' });
    expect(profile).toMatch(/^---\nname: Alex Example\nrole: Practitioner\n/);

    const treatment = 'treatments/microneedling.mdx';
    const before = read(treatment);
    await editor.openField(
      page,
      '/keystatic/collection/treatments/item/microneedling',
      FIELD_OF.treatments,
    );
    // Everyone is listed by name from the start, nothing typed.
    const practitioners = page.getByRole('group', {
      name: 'The practitioners who give this treatment',
    });
    const alex = practitioners.getByRole('checkbox', { name: 'Alex Example' });
    await alex.waitFor(SHOWN);
    expect(await practitioners.getByRole('checkbox', { checked: true }).count()).toBe(3);
    await alex.check();
    const linked = await editor.save(page, treatment, { before });
    expect(linked.replace('  - alex-example\n', '')).toBe(before);

    expect(await previewShows('/practitioners/alex-example/', 'Alex Example')).toBe(200);
    expect(await previewShows('/treatments/microneedling/', 'Alex Example')).toBe(200);
    const check = await runNpm('check:content', [], editor.content);
    expect(check.status, check.output).toBe(0);

    // Taking them off again is one untick.
    await alex.uncheck();
    expect(await editor.save(page, treatment, { before: linked })).toBe(before);
    await page.close();
  });

  it('asks before leaving a form with changes that are not saved', async () => {
    const page = await context.newPage();
    const input = await editor.openField(
      page,
      '/keystatic/collection/practitioners/item/karen-evans',
      FIELD_OF.practitioners,
    );
    const value = await input.inputValue();
    await input.fill(`${value} (not saved)`);
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => asked).toEqual([expect.stringContaining('not saved')]);
    expect(new URL(page.url()).pathname, 'the form stays open').toMatch(/karen-evans$/);
    expect(await input.inputValue()).toBe(`${value} (not saved)`);
    await input.fill(value);
    // Back to as it was: nothing to lose, so the link goes without asking.
    await expect.poll(() => page.getByText('Unsaved', { exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(/\/keystatic$/, SHOWN);
    expect(asked).toHaveLength(1);
    await page.close();
  });

  it('a new treatment is a draft until its pages exist; the procedure form picks it by name and takes its file name', async () => {
    const page = await context.newPage();
    // A treatment as its form writes it, with no procedure or aftercare page yet.
    const draft = read('treatments/microneedling.mdx').replace(
      'name: Microneedling',
      'name: Example Draft',
    );
    editor.write('treatments/example-draft.mdx', draft);
    // The rest of the preview keeps working, and the draft is not on it.
    expect(await previewShows('/treatments/', 'Microneedling')).toBe(200);
    expect(await previewShows('/treatments/microneedling/', 'Microneedling')).toBe(200);
    const check = await runNpm('check:content', [], editor.content);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('This treatment is a draft');

    await page.goto(`${editor.preview.origin}/keystatic/collection/procedures/create`, SHOWN);
    const picker = page.getByRole('radiogroup', { name: 'The treatment this page belongs to' });
    await picker.getByRole('radio', { name: 'Example Draft' }).check(SHOWN);
    expect(await picker.getByRole('radio', { name: 'Microneedling' }).count()).toBe(1);
    await page.getByLabel('The page title').first().fill('What happens during a session');
    await page.getByLabel(FIELD_OF.procedures).first().fill('The steps of a session, in order.');
    for (const title of ['Cleansing', 'Treatment']) {
      await page.getByRole('button', { name: 'Add' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel("Each step's title").first().fill(title);
      await dialog.getByLabel('The detail of each step').first().fill(`${title} of the skin.`);
      await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await page.getByLabel('The date this page was last checked').first().fill('2026-11-27');
    await page
      .getByLabel('The date this page is next due to be checked')
      .first()
      .fill('2027-11-27');
    const procedure = await editor.save(page, 'procedures/example-draft.mdx', { button: 'Create' });
    expect(procedure).toMatch(
      /^---\ntreatment: example-draft\ntitle: What happens during a session\n/,
    );
    await page.close();
  });

  it('asks no other site for anything, and tells the browser so', async () => {
    const response = await fetch(`${editor.preview.origin}/keystatic`);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(elsewhere).toEqual([]);
  });
});
