import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../helpers/built-site';
import { axeViolations } from './axe';
import { launchChromium, noBrowser } from './chromium';
import { smallTargets } from './target-size';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
// Pages whose scripts do work after load, opened in the state a client would bring them to.
const WITH_STATE = ['/treatments/microneedling/?last=2026-11-20', '/search/?q=redness'];

let browser: Browser;
beforeAll(async () => {
  if (!noBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page and records console errors, CSP violations and any request to another origin. */
async function visit(path: string, width: number): Promise<Visit> {
  const origin = inject('origin');
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`request to ${url}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe.skipIf(noBrowser)('every built page in Chromium', () => {
  it('opens the whole site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each([...pages, ...WITH_STATE])(
    '%s: no axe violations, console errors or other origins',
    async (path) => {
      const { page, problems } = await visit(path, 1280);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page), 'targets under 24 by 24 px').toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.each([...pages, ...WITH_STATE])(
    '%s at 390 px: no sideways scroll, no axe violations',
    async (path) => {
      const { page, problems } = await visit(path, 390);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'pixels wider than the screen').toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page), 'targets under 24 by 24 px').toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('prints the aftercare page on one A4 sheet', async () => {
    const { page } = await visit('/treatments/microneedling/aftercare/', 1280);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(sheets).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('Work out my next date').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.close();
  });
});
