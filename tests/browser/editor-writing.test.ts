import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { problemOf } from '~/editor/field-problem';
import { shapeOf } from '~/editor/schema-help';
import { MOST_BYTES } from '~/content-check/forms/writing-endpoint';
import { WRITING_API } from '~/editor/writing-api';
import { practitionerSchema } from '~/schemas/practitioner';
import { noBrowser } from './chromium';
import {
  EDITOR_TEST_TIMEOUT as TEST_TIMEOUT,
  editorSession,
  SAVE_API,
  SHOWN,
} from './editor-session';

const PRACTITIONER = 'practitioners/ilona-abramenko.mdx';
const PRACTITIONER_FORM = '/keystatic/collection/practitioners/item/ilona-abramenko';
const TREATMENT = 'treatments/microneedling.mdx';
const TREATMENT_FORM = '/keystatic/collection/treatments/item/microneedling';
const ROLE = "The practitioner's job title";
const SUMMARY = 'The one-line summary shown on the treatments page';
const FIXED = 'Tiny needles prompt your skin to make new collagen.';

const editor = editorSession();
const { read, write, newPage } = editor;
const open = editor.openField;
const save = (page: Page, file: string) => editor.save(page, file);

const shows = (page: Page, words: string) => () => page.getByText(words).count();

/** A question to the writing check, sent as another program would send it. */
const ask = (body: string, origin: string | undefined) =>
  fetch(`${editor.preview.origin}${WRITING_API}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body,
  });

describe.skipIf(noBrowser)('text boxes and the writing check in the forms', () => {
  it(
    'a job title written as a number: the form opens, shows it and why, and saves the fix as text',
    async () => {
      const page = await newPage();
      const good = read(PRACTITIONER);
      const mistaken = good.replace('role: Practitioner', 'role: 123');
      write(PRACTITIONER, mistaken);
      const role = await open(page, PRACTITIONER_FORM, ROLE);
      expect(await role.inputValue()).toBe('123');
      const why = problemOf(shapeOf(practitionerSchema(z.string()))['role']!, 123)!;
      await expect.poll(shows(page, why)).toBeGreaterThan(0);
      await role.fill('Practitioner');
      expect(await save(page, PRACTITIONER)).toBe(good);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'findings show under the summary as the editor types, and a medicine name stops the save',
    async () => {
      const page = await newPage();
      const original = read(TREATMENT);
      const summary = await open(page, TREATMENT_FORM, SUMMARY);
      await summary.fill('Results guaranteed.');
      await expect.poll(shows(page, 'This reads as a guarantee.'), SHOWN).toBeGreaterThan(0);
      await summary.fill('A gentle peel for dull skinn.');
      await expect
        .poll(shows(page, '"skinn" is not in the British English dictionary'), SHOWN)
        .toBeGreaterThan(0);
      expect(await page.getByText('This reads as a guarantee.').count()).toBe(0);

      await summary.fill('We use Botox.');
      await expect
        .poll(shows(page, 'This reads as a prescription-only medicine.'), SHOWN)
        .toBeGreaterThan(0);
      const saves: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === SAVE_API) saves.push(request.postData() ?? '');
      });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      // Keystatic saves only a form that differs from its file, so the fix is new words.
      await summary.fill(FIXED);
      const saved = await save(page, TREATMENT);
      // The summary was folded over lines in the file; the new one fits on one.
      expect(saved).toBe(
        original.replace(/^summary: [^\n]*\n(?: {2}[^\n]*\n)*/m, `summary: ${FIXED}\n`),
      );
      // The form sends a file only when it saves, so one request means the refused text never left it.
      expect(saves, 'the text with a medicine name is not saved').toHaveLength(1);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it('the writing check answers its own pages only, and refuses an oversized text', async () => {
    const question = JSON.stringify({
      collection: 'treatments',
      field: 'summary',
      text: 'Results guaranteed.',
    });
    const own = await ask(question, editor.preview.origin);
    expect(own.status).toBe(200);
    const { findings } = (await own.json()) as { findings: { words: string }[] };
    expect(findings.map(({ words }) => words)).toEqual(['guaranteed']);
    expect((await ask(question, 'http://127.0.0.1:1')).status).toBe(403);
    expect((await ask(question, 'http://elsewhere.example')).status).toBe(403);
    const huge = JSON.stringify({
      collection: 'treatments',
      field: 'summary',
      text: 'a'.repeat(MOST_BYTES),
    });
    expect((await ask(huge, editor.preview.origin)).status).toBe(413);
    const notJson = await fetch(`${editor.preview.origin}${WRITING_API}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: editor.preview.origin },
      body: question,
    });
    expect(notJson.status).toBe(415);
  });
});
