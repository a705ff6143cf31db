import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { launchChromium, noBrowser } from './chromium';

// The first look at the editor compiles it, which takes a while on a busy machine.
export const SHOWN = { timeout: 90_000 };
/** A test that opens forms, saves and reads the file back. */
export const EDITOR_TEST_TIMEOUT = 300_000;

/** Where the forms send each save. */
export const SAVE_API = '/api/keystatic/update';

const isSaveRequest = (request: Request) =>
  new URL(request.url()).pathname === SAVE_API && request.method() === 'POST';

/**
 * Presses `button` and waits for the save it sends to be answered. Keystatic writes each file in
 * place, so a read before the answer can find the file empty or half written.
 *
 * Keystatic ignores a press made before it has the list of the content folder's files, which a busy
 * preview can take seconds to send, and the form shows no sign of waiting for it. So the button is
 * pressed again until a save goes out, but only while it can be pressed: Keystatic turns it off
 * while a save is under way, and a press Playwright held back until then would save twice.
 */
async function pressSave(page: Page, button: string): Promise<number> {
  const answered = page.waitForResponse((response) => isSaveRequest(response.request()), SHOWN);
  // Awaited below; a press that never sends a save fails the poll first.
  answered.catch(() => undefined);
  let sent = false;
  const onRequest = (request: Request) => (sent ||= isSaveRequest(request));
  page.on('request', onRequest);
  const press = page.getByRole('button', { name: button, exact: true });
  const QUICK = { timeout: 1_000 };
  try {
    await expect
      .poll(
        async () => {
          if (!sent && (await press.isEnabled(QUICK).catch(() => false)))
            await press.click(QUICK).catch(() => undefined);
          return sent;
        },
        { ...SHOWN, interval: 2_000, message: `pressing ${button} sent no save` },
      )
      .toBe(true);
  } finally {
    page.off('request', onRequest);
  }
  return (await answered).status();
}

/** The lines of `after` that are not the same line of `before`, when both have as many lines. */
export function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  if (old.length !== now.length) return [`${old.length} lines became ${now.length}`];
  return now.filter((line, index) => line !== old[index]);
}

export interface EditorSession {
  readonly browser: Browser;
  readonly preview: DevServer;
  /** The preview's copy of `content/`, where the forms save. */
  readonly content: string;
  /** A content file of the preview's copy, by its path under `content/`. */
  read(file: string): string;
  write(file: string, text: string): void;
  /** A tab with nothing kept from an earlier test: Keystatic keeps unsaved drafts in the browser. */
  newPage(): Promise<Page>;
  /** Opens a form and returns its `label` box once it can be typed in. */
  openField(page: Page, form: string, label: string): Promise<Locator>;
  /** Opens a form and waits until `text` shows on it. */
  openShowing(page: Page, form: string, text: string): Promise<void>;
  /**
   * Presses Save (or `button`) and returns `file` as the answered save left it; when `before` is
   * given, the save must have changed it.
   */
  save(page: Page, file: string, options?: { before?: string; button?: string }): Promise<string>;
}

/**
 * One Chromium and one `npm run dev` on a copy of the project for the test file that calls this,
 * started before its tests and stopped after them, with what its tests do to the forms.
 */
export function editorSession(): EditorSession {
  let browser: Browser | undefined;
  let preview: DevServer | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} has not started`);
    return value;
  };
  const content = () => join(started(preview, 'The preview').project, 'content');
  const read = (file: string) => readFileSync(join(content(), file), 'utf8');

  /** Fails with what the page shows instead, so a broken form says why. */
  async function waitShown(page: Page, form: string, target: Locator, what: string) {
    try {
      await target.waitFor(SHOWN);
    } catch (error) {
      const shown = await page.locator('body').innerText();
      const printed = preview?.output().slice(-4_000);
      throw new Error(`${form} ${what}. It shows:\n${shown}\nThe preview printed:\n${printed}`, {
        cause: error,
      });
    }
  }
  const goTo = (page: Page, form: string) =>
    page.goto(`${started(preview, 'The preview').origin}${form}`, {
      ...SHOWN,
      waitUntil: 'domcontentloaded',
    });

  beforeAll(async () => {
    if (noBrowser) return;
    browser = await launchChromium();
    preview = await startDevServer();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get preview() {
      return started(preview, 'The preview');
    },
    get content() {
      return content();
    },
    read,
    write: (file, text) => writeFileSync(join(content(), file), text),
    async newPage() {
      const context = await started(browser, 'Chromium').newContext({
        viewport: { width: 1280, height: 900 },
      });
      // Every step fails within a minute, saying where it was, rather than the test at its end.
      context.setDefaultTimeout(60_000);
      return context.newPage();
    },
    async openField(page, form, label) {
      await goTo(page, form);
      const field = page.getByLabel(label).first();
      await waitShown(page, form, field, `has no "${label}" field`);
      return field;
    },
    async openShowing(page, form, text) {
      await goTo(page, form);
      await waitShown(page, form, page.getByText(text).first(), `does not show "${text}"`);
    },
    async save(page, file, { before, button = 'Save' } = {}) {
      const status = await pressSave(page, button);
      expect(status, `saving ${file}\n${preview?.output()}`).toBe(200);
      expect(existsSync(join(content(), file)), `saving wrote ${file}`).toBe(true);
      const now = read(file);
      if (before !== undefined) expect(now, `saving changed ${file}`).not.toBe(before);
      if (button === 'Create') await page.waitForURL(/\/item\//, SHOWN);
      return now;
    },
  };
}
