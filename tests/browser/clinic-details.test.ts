import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY } from '../helpers/content-fixtures';
import { SHARED_BUILD_WAIT_MS, sharedBuild } from '../helpers/shared-builds';
import { axeViolations } from './axe';
import { launchChromium, noBrowser } from './chromium';
import { dictionaryOf, repeatedSentences, unknownWords } from './reader-words';
import { smallTargets } from './target-size';

const FIXTURE = join(REPOSITORY, 'tests', 'fixtures', 'clinic-details');
const PAGE = '/treatments/example-facial/';
const BOOKING_URL = 'https://booking.example.com/the-skin-clinic';
// 10:00 in London on Friday 14 June 2030 (BST), when the clinic's "today" is the 14th.
const NOW = new Date('2030-06-14T09:00:00Z');

let browser: Browser;
let server: Server | undefined;
let origin = '';

// Another file may be building the site: a build takes minutes on a busy machine.
beforeAll(async () => {
  if (noBrowser) return;
  const files = sirv(await sharedBuild('clinic-details', FIXTURE), {
    dev: true,
    extensions: ['html'],
  });
  server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, SHARED_BUILD_WAIT_MS);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function open(path: string, javaScriptEnabled = true, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    javaScriptEnabled,
    acceptDownloads: true,
    viewport: { width, height: 844 },
  });
  const page = await context.newPage();
  if (javaScriptEnabled) await page.clock.setFixedTime(NOW);
  await page.goto(`${origin}${path}`);
  return page;
}

const planner = (page: Page) => page.locator('next-session-planner');

async function answerFor(page: Page, lastSession: string): Promise<string> {
  await page.getByLabel('Date of your last session').fill(lastSession);
  await page.getByRole('button', { name: 'Work out my next date' }).click();
  return planner(page).locator('[data-result]').innerText();
}

describe.skipIf(noBrowser)('a clinic with opening hours, closures and a booking page', () => {
  it('moves a date on a closed day, then past a closure, to the next open day', async () => {
    const page = await open(PAGE);
    // 7 June + 2 weeks is Friday 21 June, a closed day; Saturday 22 June is a closure.
    const answer = await answerFor(page, '2030-06-07');
    expect(answer).toContain('You can book your next session from Tuesday 25 June 2030.');
    expect(answer).toContain('That is in 11 days.');
    expect(answer).toContain('You can book with Alex Example or Karen Evans that day.');
    await page.context().close();
  });

  it('names the next open day, not "now", when the earliest date has passed and today is closed', async () => {
    const page = await open(PAGE);
    // The earliest date, Thursday 16 May, has passed; today, Friday 14 June, the clinic is closed.
    const answer = await answerFor(page, '2030-05-01');
    expect(answer).toContain('You can book your next session from Saturday 15 June 2030.');
    expect(answer).toContain('That is tomorrow.');
    expect(answer).toContain('The earliest date was Thursday 16 May 2030, and that has passed.');
    expect(answer).not.toContain('now');
    expect(await planner(page).getByRole('link', { name: 'Add to calendar' }).isVisible()).toBe(
      true,
    );
    await page.context().close();
  });

  it('names only the practitioners who work on the day', async () => {
    const page = await open(PAGE);
    const answer = await answerFor(page, '2030-06-13');
    expect(answer).toContain('from Thursday 27 June 2030.');
    expect(answer).toContain('You can book with Karen Evans that day.');
    await page.context().close();
  });

  it('ends the answer with the booking page, exactly as the clinic gave it, and the phone', async () => {
    const page = await open(`${PAGE}?last=2030-06-07`);
    await expect.poll(() => planner(page).innerText()).toContain('Tuesday 25 June 2030');
    const booking = planner(page).getByRole('link', { name: 'online booking page' });
    expect(await booking.isVisible()).toBe(true);
    expect(await booking.getAttribute('href')).toBe(BOOKING_URL);
    const call = planner(page).getByRole('link', { name: '020 7946 0321' });
    expect(await call.getAttribute('href')).toBe('tel:+442079460321');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("adds the clinic's own advice after a year, and only then", async () => {
    const advice = 'Made-up advice for tests. Call the clinic before you book.';
    const page = await open(PAGE);
    expect(await answerFor(page, '2029-06-01')).toContain(
      `Your last session was more than a year ago. ${advice}`,
    );
    expect(await answerFor(page, '2030-05-01')).not.toContain(advice);
    await page.context().close();
  });

  it('still says how to book with JavaScript off', async () => {
    const page = await open(PAGE, false);
    expect(await planner(page).innerText()).toMatch(
      /To book, use our online booking page or call us on 020 7946 0321\.$/,
    );
    await page.context().close();
  });

  it('has a contact page reached from the header, with working links and no axe violation', async () => {
    const page = await open('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contact us', exact: true })
      .click();
    await page.waitForURL(/\/contact\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Contact us');
    const main = page.getByRole('main');
    expect(await main.getByRole('link', { name: 'hello@example.com' }).getAttribute('href')).toBe(
      'mailto:hello@example.com',
    );
    expect(
      await main.getByRole('link', { name: 'Book a session online' }).getAttribute('href'),
    ).toBe(BOOKING_URL);
    expect(await main.innerText()).toMatch(/Monday\s+Closed\s+Tuesday\s+10am to 6pm/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['/contact/', PAGE])(
    'fits %s on a 390 px phone screen with four header links',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await context.close();
    },
  );

  it.each([
    [390, 844],
    [1280, 800],
  ])(
    'shows every answer to a client question at %i px wide, photos loaded, with no axe violation',
    async (width, height) => {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${origin}${PAGE}`);
      const main = page.getByRole('main');
      for (const [level, name] of [
        [2, 'How many sessions, and when results show'],
        [2, 'Before and after your session'],
        [3, 'How to prepare'],
        [3, 'What to avoid afterwards'],
        [2, 'Before and after photos'],
        [2, 'Price, deposit and cancelling'],
        [3, 'Deposit'],
        [3, 'If you need to cancel'],
        [2, 'Questions clients ask'],
        [3, 'Does the fixture facial hurt?'],
      ] as const) {
        expect(
          await main.getByRole('heading', { level, name, exact: true }).isVisible(),
          name,
        ).toBe(true);
      }
      const glance = main.getByRole('region', { name: 'Example facial at a glance' });
      for (const fact of [
        '£123.45',
        '£321 for a course of 3 sessions',
        '47 minutes',
        '2 to 5 sessions',
      ]) {
        expect(await glance.getByText(fact, { exact: true }).isVisible(), fact).toBe(true);
      }
      for (const alt of ['marked before', 'marked after']) {
        const photo = main.getByRole('img', { name: `A made-up fixture picture ${alt}` });
        await photo.scrollIntoViewIfNeeded();
        await expect
          .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBeGreaterThan(0);
        const loaded = await photo.evaluate((img: HTMLImageElement) => ({
          source: img.currentSrc,
          avif: img.parentElement
            ?.querySelector('source[type="image/avif"]')
            ?.getAttribute('srcset'),
          shown: img.getBoundingClientRect().width,
        }));
        const copies = new Map(
          (loaded.avif ?? '').split(', ').map((entry) => {
            const [url = '', width = ''] = entry.split(' ');
            return [Number.parseInt(width, 10), new URL(url, origin).href];
          }),
        );
        // The AVIF copy just wider than the photo is shown, never the 1200 px original.
        const wanted = width < 640 ? 320 : 640;
        expect(loaded.source).toBe(copies.get(wanted));
        expect(loaded.shown).toBeGreaterThan(wanted / 2);
        expect(loaded.shown).toBeLessThanOrEqual(wanted);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each([
    '/contact/',
    `${PAGE}?last=2030-06-07`,
    '/practitioners/alex-example/',
    '/practitioners/jo-example/',
  ])('reads %s without run-together words or repeats', async (path) => {
    const dictionary = dictionaryOf(
      ['content', 'src', 'tests/fixtures/clinic-details'].map((dir) => join(REPOSITORY, dir)),
    );
    const page = await open(path);
    await page.waitForLoadState('networkidle');
    const text = await page.locator('body').innerText();
    expect(unknownWords(text, dictionary)).toEqual([]);
    expect(repeatedSentences(text)).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(noBrowser)('booking one tap away, with a booking page and a phone', () => {
  const book = (page: Page) => page.getByRole('link', { name: 'Book a session', exact: true });

  it.each([390, 1280])(
    'shows one Book button in the header of every page at %d px, with axe clean',
    async (width) => {
      for (const path of [
        '/',
        '/contact/',
        PAGE,
        `${PAGE}aftercare/`,
        '/practitioners/',
        '/search/',
      ]) {
        const page = await open(path, true, width);
        const header = page.getByRole('banner');
        const buttons = header.getByRole('link', { name: 'Book a session', exact: true });
        expect(await buttons.count(), path).toBe(1);
        expect(await buttons.isVisible(), path).toBe(true);
        expect(await buttons.getAttribute('href')).toBe(BOOKING_URL);
        const box = await buttons.boundingBox();
        // On a phone the button is on the first screen, beside the clinic's name.
        expect(box && box.y + box.height, path).toBeLessThan(100);
        expect(await axeViolations(page), path).toEqual([]);
        expect(await smallTargets(page), `${path}: targets under 24 by 24 px`).toEqual([]);
        await page.context().close();
      }
    },
  );

  it.each([390, 1280])(
    'offers booking and the phone at the top of the treatment page at %d px',
    async (width) => {
      const page = await open(PAGE, true, width);
      const main = page.getByRole('main');
      const top = main.getByRole('link', { name: 'Book a session', exact: true });
      expect(await top.getAttribute('href')).toBe(BOOKING_URL);
      const call = main.getByRole('link', { name: '020 7946 0321' }).first();
      expect(await call.getAttribute('href')).toBe('tel:+442079460321');
      const heading = await main.getByRole('heading', { level: 1 }).boundingBox();
      const button = await top.boundingBox();
      expect(button && heading && button.y - heading.y).toBeLessThan(300);
      expect(await top.isVisible()).toBe(true);
      await page.context().close();
    },
  );

  it('puts a Book button under the planner answer', async () => {
    const page = await open(`${PAGE}?last=2030-06-07`, true, 390);
    const result = planner(page).locator('[data-result]');
    await expect.poll(() => result.innerText()).toContain('Tuesday 25 June 2030');
    const button = result.getByRole('link', { name: 'Book a session', exact: true });
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('href')).toBe(BOOKING_URL);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('ends the printed aftercare sheet with the clinic, its phone, address and site', async () => {
    const page = await open(`${PAGE}aftercare/`, true, 390);
    const sheetEnd = page.getByRole('main').locator('address');
    expect(await sheetEnd.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await sheetEnd.innerText()).toBe(
      'The Skin Clinic\nPhone: 020 7946 0321\n12 Harley Mews, London, W1G 9QD\nOnline: www.example.com',
    );
    expect(await book(page).first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('gives a calendar event that says what it is, with the ways to book, the place and a reminder', async () => {
    const page = await open(`${PAGE}?last=2030-06-07`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      planner(page).getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = ics.replaceAll('\r\n ', '').split('\r\n');
    expect(lines).toContain('SUMMARY:Earliest date to book your next example facial session');
    expect(lines).toContain('DTSTART;VALUE=DATE:20300625');
    expect(lines).toContain('LOCATION:12 Harley Mews\\, London\\, W1G 9QD');
    const description = lines.find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain(`Book online: ${BOOKING_URL}`);
    expect(description).toContain('Phone: 020 7946 0321');
    expect(lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1)).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15H',
      'DESCRIPTION:Earliest date to book your next example facial session',
      'END:VALARM',
    ]);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    await page.context().close();
  });
});
