import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '~/publish/nginx-server';
import { launchChromium, noBrowser } from '../browser/chromium';
import { builtFiles, DIST } from '../helpers/built-site';
import { freePort } from '~/lib/port-open';
import { noNginx } from './nginx';

const pages = builtFiles()
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

let server: RunningNginx | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  if (noNginx || noBrowser) return;
  server = await startNginx(DIST, '127.0.0.1', await freePort());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Violation {
  directive: string;
  policy: string;
}

/** Opens a page from nginx, recording every Content-Security-Policy violation and console error. */
async function open(path: string) {
  const page = await browser!.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const seen: { directive: string; policy: string }[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, policy: event.originalPolicy }),
    );
  });
  await page.goto(`${server!.origin}${path}`, { waitUntil: 'networkidle' });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
  return { page, problems, violations };
}

async function usePlanner(page: Page) {
  await page.getByLabel('Date of your last session').fill('2026-11-20');
  await page.getByRole('button', { name: 'Work out my next date' }).click();
  await expect.poll(() => page.getByRole('link', { name: 'Add to calendar' }).count()).toBe(1);
}

async function useSearch(page: Page) {
  await page.getByLabel('Search for a treatment, word or name').fill('redness');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect
    .poll(() => page.locator('site-search [data-results] > li').count())
    .toBeGreaterThan(0);
}

describe.skipIf(noNginx || noBrowser)(
  'the site from nginx in Chromium, under both policies',
  () => {
    it('applies the header policy and the page’s own <meta> policy together', async () => {
      const { page, violations } = await open('/');
      // An inline script is refused by each policy in force, and each reports it.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "changed"';
        document.body.append(script);
      });
      await expect.poll(async () => (await violations()).length).toBe(2);
      const policies = (await violations()).map(({ policy }) => policy);
      expect(policies.some((policy) => policy.includes("frame-ancestors 'none'"))).toBe(true);
      expect(policies.some((policy) => /'sha256-/.test(policy))).toBe(true);
      expect(await page.title()).not.toBe('changed');
      await page.close();
    });

    it.each(pages)('%s: no policy violation or console error', async (path) => {
      const { page, problems, violations } = await open(path);
      if (path === '/search/') await useSearch(page);
      if (await page.getByLabel('Date of your last session').count()) await usePlanner(page);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
