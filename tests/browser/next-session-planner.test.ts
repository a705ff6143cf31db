import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, noBrowser } from './chromium';

const PAGE = '/treatments/microneedling/';
// 10:00 on 27 November 2026 in London (GMT), when the clinic's "today" is the 27th.
const NOW = new Date('2026-11-27T10:00:00Z');

let browser: Browser;

beforeAll(async () => {
  if (!noBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, options: BrowserContextOptions = {}, now = NOW): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true, ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) await page.clock.setFixedTime(now);
  await page.goto(`${inject('origin')}${path}`);
  return page;
}

const planner = (page: Page) => page.locator('next-session-planner');
const field = (page: Page) => page.getByLabel('Date of your last session');

async function submit(page: Page, value: string) {
  await field(page).fill(value);
  await page.getByRole('button', { name: 'Work out my next date' }).click();
}

async function expectError(page: Page, message: RegExp) {
  const input = field(page);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const errorId = (await input.getAttribute('aria-describedby'))?.split(' ').at(-1) ?? '';
  expect(await page.locator(`#${errorId}`).innerText()).toMatch(message);
  await expect
    .poll(() => planner(page).locator('[aria-live="polite"]').innerText())
    .toMatch(message);
  expect(await planner(page).locator('[data-result]').isHidden()).toBe(true);
}

describe.skipIf(noBrowser)('the next-session planner in Chromium', () => {
  it('works out the next date, who works and where the client is in aftercare', async () => {
    const page = await open(PAGE);
    await submit(page, '2026-11-25');
    const text = await planner(page).locator('[data-result]').innerText();
    expect(text).toContain('You can book your next session from Wednesday 6 January 2027.');
    expect(text).toContain('That is in 40 days.');
    expect(text).toContain('Karen Evans, Palwasha Yusofi or Ilona Abramenko');
    expect(text).toContain('Today is day 2 after your session.');
    expect(text).toMatch(/Redness and tenderness, last day at the latest: Friday 27 November 2026/);
    expect(text).toMatch(/Hydration and sun protection, last day: Tuesday 8 December 2026/);
    expect(text).toMatch(
      /Hydration and sun protection, last day: .*\. Your skin needs this care every day\./,
    );
    expect(text).toMatch(
      /Keep your skin hydrated\.\s+Protect it with recovery creams\.\s+Use sunscreen \(SPF\)\./,
    );
    await expect
      .poll(() => planner(page).locator('[aria-live="polite"]').innerText())
      .toBe(
        'You can book your next session from Wednesday 6 January 2027. That is in 40 days. You can book with Karen Evans, Palwasha Yusofi or Ilona Abramenko.',
      );
    await page.context().close();
  });

  it('restores a result from a ?last= link and copies the same link to share', async () => {
    const page = await open(`${PAGE}?last=2026-11-20`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    expect(await field(page).inputValue()).toBe('2026-11-20');
    expect(await planner(page).innerText()).toContain('from Friday 1 January 2027');
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await planner(page).getByRole('button', { name: 'Copy link to this result' }).click();
    await expect.poll(() => planner(page).locator('[data-copied]').isVisible()).toBe(true);
    expect(await planner(page).locator('[data-copied]').innerText()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?last=2026-11-20');
    expect(new URL(copied).pathname).toBe(PAGE);
    await expect
      .poll(() => planner(page).locator('[aria-live="polite"]').innerText())
      .toBe('Link copied');
    expect(await planner(page).getByRole('link', { name: 'Link to this result' }).count()).toBe(0);
    await page.context().close();
  });

  it('opens the share sheet where the browser has one', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    // Chromium on Linux has no share sheet: a stand-in records what the page asks to share.
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared = [data];
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.goto(`${inject('origin')}${PAGE}?last=2026-11-20`);
    await planner(page).getByRole('button', { name: 'Share this result' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(new URL(shared[0]?.url ?? '').search).toBe('?last=2026-11-20');
    await context.close();
  });

  it('keeps the plain link where there is neither a share sheet nor a clipboard', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.goto(`${inject('origin')}${PAGE}?last=2026-11-20`);
    const link = planner(page).getByRole('link', { name: 'Link to this result' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(new URL((await link.getAttribute('href')) ?? '').search).toBe('?last=2026-11-20');
    expect(
      await planner(page)
        .getByRole('button', { name: /this result/ })
        .count(),
    ).toBe(0);
    await context.close();
  });

  it('says they can book now when the earliest date has passed, and adds no advice of its own after a year', async () => {
    const page = await open(PAGE);
    await submit(page, '2026-09-01');
    expect(await planner(page).innerText()).toContain('You can book your next session now.');
    await submit(page, '1900-01-01');
    const answer = await planner(page).locator('[data-result]').innerText();
    expect(answer).toContain('You can book your next session now.');
    expect(answer).toContain('The earliest date was Monday 12 February 1900, and that has passed.');
    expect(answer).not.toMatch(/consultation|year ago|suggest/);
    await page.context().close();
  });

  it('offers a valid iCalendar file for the earliest date', async () => {
    const page = await open(PAGE);
    await submit(page, '2026-11-25');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      planner(page).getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('next-session.ics');
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.split('\r\n').filter((line) => line.includes('\n'))).toEqual([]);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270106\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20270107\r\n');
    expect(ics).toContain('\r\nSUMMARY:Earliest date to book your next microneedling session\r\n');
    expect(ics).toContain('\r\nURL:https://www.example.com/treatments/microneedling/\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    await page.context().close();
  });

  it.each([
    ['an empty field', '', /Enter the date of your last session/],
    ['a date in the future', '2026-11-28', /must be today or in the past/],
  ])('shows a message next to the field for %s', async (_case, value, message) => {
    const page = await open(PAGE);
    await submit(page, value);
    await expectError(page, message);
    await page.context().close();
  });

  it.each(['?last=2026-02-30', '?last=yesterday'])('refuses a link with %s', async (query) => {
    const page = await open(`${PAGE}${query}`);
    await expectError(page, /Enter a real date/);
    await page.context().close();
  });

  it('refuses a half-typed date as not a real date', async () => {
    const page = await open(PAGE);
    await field(page).click();
    await page.keyboard.type('31');
    await page.getByRole('button', { name: 'Work out my next date' }).click();
    await expectError(page, /Enter a real date/);
    await page.context().close();
  });

  it('announces the same error again when the same mistake is made twice', async () => {
    const page = await open(PAGE);
    const region = planner(page).locator('[aria-live="polite"]');
    await submit(page, '');
    await expect.poll(() => region.innerText()).toMatch(/Enter the date/);
    // Emptied first, then filled again, so a screen reader reads it out a second time. The click
    // and the read run in one task in the page, so a busy machine cannot let the refill slip between.
    const emptiedOnSubmit = await planner(page).evaluate((element) => {
      element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      return element.querySelector('[aria-live="polite"]')?.textContent;
    });
    expect(emptiedOnSubmit).toBe('');
    await expect.poll(() => region.innerText()).toMatch(/Enter the date/);
    await page.context().close();
  });

  it('clears the error once a good date is given', async () => {
    const page = await open(PAGE);
    await submit(page, '');
    await submit(page, '2026-11-25');
    expect(await field(page).getAttribute('aria-invalid')).toBeNull();
    expect(await field(page).getAttribute('aria-describedby')).not.toMatch(/error/);
    await page.context().close();
  });

  it("uses the clinic's today, not the device's, far east of London", async () => {
    // 11:00 UTC on the 27th is already 01:00 on the 28th in Kiritimati, but still the 27th in London.
    const page = await open(
      PAGE,
      { timezoneId: 'Pacific/Kiritimati' },
      new Date('2026-11-27T11:00:00Z'),
    );
    await submit(page, '2026-11-28');
    await expectError(page, /must be today or in the past/);
    await submit(page, '2026-11-27');
    expect(await planner(page).innerText()).toContain('Your session was today.');
    await page.context().close();
  });

  it('can be used by keyboard alone, announcing only on submit', async () => {
    const page = await open(PAGE);
    await field(page).focus();
    // Headless Chromium lays the date field out month, day, year whatever the page's locale.
    await page.keyboard.type('11252026');
    expect(await field(page).inputValue()).toBe('2026-11-25');
    await expect.poll(() => planner(page).locator('[aria-live="polite"]').innerText()).toBe('');
    // Tab leaves the date field after its own parts (day, month, year, picker button).
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    for (let presses = 0; presses < 4 && (await focused()) === ''; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('Work out my next date');
    await page.keyboard.press('Enter');
    expect(await planner(page).innerText()).toContain('from Wednesday 6 January 2027');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Copy link to this result',
    );
    await page.context().close();
  });

  it('states the rule in words when JavaScript is off, with no form to get stuck on', async () => {
    const page = await open(PAGE, { javaScriptEnabled: false });
    const text = await planner(page).innerText();
    expect(text).toContain('Sessions are 6 weeks apart.');
    expect(text).toContain('Karen Evans, Palwasha Yusofi or Ilona Abramenko');
    expect(await field(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('is on the aftercare page too', async () => {
    const page = await open('/treatments/microneedling/aftercare/?last=2026-11-25');
    expect(await planner(page).innerText()).toContain('from Wednesday 6 January 2027');
    await page.context().close();
  });
});
