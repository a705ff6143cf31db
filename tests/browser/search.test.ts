import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { REPOSITORY } from '../helpers/content-fixtures';
import { launchChromium, noBrowser } from './chromium';
import { dictionaryOf, unknownWords } from './reader-words';

let browser: Browser;

beforeAll(async () => {
  if (!noBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  await page.goto(`${inject('origin')}${path}`);
  return page;
}

const status = (page: Page) => page.locator('site-search [aria-live="polite"]');
const results = (page: Page) => page.locator('site-search [data-results] > li');

/** Types a term into the search page's field and submits it; resolves once the count is out. */
async function search(page: Page, term: string) {
  await page.getByLabel('Search for a treatment, word or name').fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect
    .poll(() => status(page).innerText())
    .toMatch(new RegExp(`for ${escaped}( in |$)|mentions ${escaped}$`));
}

/** The path of each result, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs;
}

describe.skipIf(noBrowser)('site search in Chromium', () => {
  it.each([
    ['redness', '/treatments/microneedling/aftercare/'],
    ['SPF', '/treatments/microneedling/aftercare/'],
    ['Emla', '/treatments/microneedling/procedure/'],
    ['depth', '/treatments/microneedling/'],
    ['microneedling', '/treatments/microneedling/'],
    ['collagen', '/treatments/microneedling/'],
    ['Abramenko', '/practitioners/ilona-abramenko/'],
    ['Evans', '/practitioners/karen-evans/'],
    ['Yusofi', '/practitioners/palwasha-yusofi/'],
  ])('puts the right page first for "%s"', async (term, first) => {
    const page = await open('/search/');
    await search(page, term);
    expect((await resultPaths(page))[0]).toBe(first);
    await page.context().close();
  });

  it('shows each result’s title as a link, its kind and a highlighted excerpt', async () => {
    const page = await open('/search/');
    await search(page, 'Emla');
    const first = results(page).first();
    expect(await first.getByRole('link').innerText()).toBe('What happens during microneedling');
    expect(await first.locator('h2 + p').innerText()).toBe('What happens');
    expect(await first.innerText()).not.toContain('Procedure');
    expect(await first.locator('mark').first().innerText()).toMatch(/^Emla/i);
    await page.context().close();
  });

  it.each(['Karen', 'Emla', 'SPF'])(
    'shows excerpts for "%s" without run-together words or decoration',
    async (term) => {
      const page = await open('/search/');
      await search(page, term);
      const excerpts = await results(page).locator('h2 ~ p').allInnerTexts();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}/u);
        expect(excerpt).not.toMatch(/[✓✗]|\d Step \d/);
      }
      await page.context().close();
    },
  );

  it('leaves only practitioners when that filter is ticked', async () => {
    const page = await open('/search/');
    await search(page, 'microneedling');
    expect(await results(page).count()).toBeGreaterThan(3);
    await page.getByRole('checkbox', { name: 'Practitioners' }).check();
    await expect
      .poll(() => status(page).innerText())
      .toBe('3 results for microneedling in practitioners');
    const paths = await resultPaths(page);
    expect(paths).toHaveLength(3);
    for (const path of paths) expect(path).toMatch(/^\/practitioners\/[a-z-]+\/$/);
    const kinds = await results(page).locator('h2 + p').allInnerTexts();
    expect(kinds).toEqual(['Practitioner', 'Practitioner', 'Practitioner']);
    expect(new URL(page.url()).search).toBe('?q=microneedling&kind=Practitioner');
    await page.context().close();
  });

  it('searches 300 ms after typing stops and announces the count once per search', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    // A controlled clock: the pauses between keystrokes are whatever the test says, however busy
    // the machine running it is. An installed clock still runs with real time until it is paused.
    await page.clock.install({ time: Date.now() });
    await page.goto(`${inject('origin')}/search/`);
    await page.clock.pauseAt(Date.now() + 1000);
    await page.evaluate(() => {
      const region = document.querySelector('site-search [aria-live="polite"]') as HTMLElement;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    const field = page.getByLabel('Search for a treatment, word or name');
    for (const key of 'redness') {
      await field.press(key);
      await page.clock.runFor(100);
    }
    await page.clock.runFor(150);
    expect(await said()).toEqual([]);
    await page.clock.runFor(100);
    await page.clock.resume();
    await expect.poll(said).toHaveLength(1);
    // Enter after the pause, and more time, announce nothing more: once no search is under way
    // (a search marks the list busy as it starts), nothing else can be announced.
    await field.press('Enter');
    await page.clock.runFor(1000);
    await expect
      .poll(() => page.locator('site-search [data-results]').getAttribute('aria-busy'))
      .toBeNull();
    const announcements = await said();
    expect(announcements).toHaveLength(1);
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    expect(announcements[0]).toBe(`${count} result${count === 1 ? '' : 's'} for redness`);
    // A new search is announced once more.
    await field.fill('Emla');
    await field.press('Enter');
    await expect.poll(said).toHaveLength(2);
    expect((await said())[1]).toMatch(/^\d+ results? for Emla$/);
    await context.close();
  });

  it('runs the search in ?q= when the page loads', async () => {
    const page = await open('/search/?q=emla');
    await expect.poll(() => status(page).innerText()).toMatch(/^\d+ results? for emla$/);
    expect(await page.getByLabel('Search for a treatment, word or name').inputValue()).toBe('emla');
    expect((await resultPaths(page))[0]).toBe('/treatments/microneedling/procedure/');
    await page.context().close();
  });

  it("keeps a label and its value apart in every page's indexed text and search snippets", async () => {
    const page = await open('/search/');
    // The words of the site's own files; a label run into its value ("treatedFace") is not one.
    const dictionary = dictionaryOf(['content', 'src'].map((dir) => join(REPOSITORY, dir)));
    const terms = ['sessions', 'performed', 'treated', 'clinic', 'depth', 'help', 'Karen'];
    // A search for nothing in particular lists every page in the index, with its whole text. The
    // script is a string so that the test runner leaves its import() alone.
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const texts = [];
      for (const term of [null, ...${JSON.stringify(terms)}]) {
        const { results } = await pagefind.search(term, {});
        for (const result of results) {
          const data = await result.data();
          texts.push({ url: data.url, text: term === null ? data.content : data.excerpt.replace(/<[^>]+>/g, '') });
        }
      }
      return texts;
    })()`)) as { url: string; text: string }[];
    const pages = new Set(indexed.map(({ url }) => url));
    expect(pages.size).toBeGreaterThanOrEqual(9);
    const runTogether = indexed.flatMap(({ url, text }) => [
      ...[...text.matchAll(/\S*(?:\p{Ll}\p{Lu}|\p{L}\d|\d\p{L})\S*/gu)].map(
        ([word]) => `${url}: ${word}`,
      ),
      ...unknownWords(text, dictionary).map((word) => `${url}: ${word}`),
    ]);
    expect([...new Set(runTogether)]).toEqual([]);
    await page.context().close();
  });

  it('says so when nothing matches', async () => {
    const page = await open('/search/');
    await search(page, 'price');
    expect(await status(page).innerText()).toBe('No page mentions price');
    expect(await results(page).count()).toBe(0);
    const hint = page.locator('site-search [data-hint]');
    expect(await hint.isHidden()).toBe(true);
    expect(await page.locator('site-search').innerText()).not.toMatch(/spelling/i);
    await search(page, 'tattoo');
    expect(await status(page).innerText()).toBe('No page mentions tattoo');
    await page.getByRole('checkbox', { name: 'What happens' }).check();
    await expect
      .poll(() => status(page).innerText())
      .toBe('No page about what happens in a session mentions tattoo');
    expect(await hint.innerText()).toBe('Untick the filters to search every page.');
    await page.context().close();
  });

  it('finds a quoted phrase from the body of a page', async () => {
    const page = await open('/search/');
    await search(page, '"Redness and tenderness"');
    expect(await resultPaths(page)).toEqual(['/treatments/microneedling/aftercare/']);
    await page.context().close();
  });

  // Pagefind ranks pages that match some of the words, so phrases go in quotes.
  it.each([
    ['Skip'],
    ['"Skip to main content"'],
    ['"Work out my next date"'],
    ['"Search this site"'],
  ])('keeps header, footer and planner text out of the index: "%s" finds nothing', async (term) => {
    const page = await open('/search/');
    await search(page, term);
    expect(await status(page).innerText()).toBe(`No page mentions ${term}`);
    await page.context().close();
  });

  it('shows ten results at a time, with a button for the rest', async () => {
    // The real index has too few pages for a second page of results, so a stand-in Pagefind
    // module returns fifteen; everything else on the page is the real search page.
    const fifteen = `export async function options() {}
      export async function search(term) {
        return { results: Array.from({ length: 15 }, (_, i) => ({ data: async () => ({
          url: '/treatments/r' + i + '/', excerpt: 'about <mark>' + term + '</mark>',
          meta: { title: 'Result ' + (i + 1) }, filters: { kind: ['Treatment'] } }) })) };
      }`;
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fifteen }),
    );
    const page = await context.newPage();
    await page.goto(`${inject('origin')}/search/?q=skin`);
    await expect.poll(() => results(page).count()).toBe(10);
    await expect.poll(() => status(page).innerText()).toMatch(/^15 results for skin/);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => results(page).count()).toBe(15);
    expect(await more.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Result 11');
    await context.close();
  });

  it('says search is not working when pagefind.js cannot load on the built site', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404 }));
    const page = await context.newPage();
    await page.goto(`${inject('origin')}/search/?q=redness`);
    await expect
      .poll(() => status(page).innerText())
      .toBe('Search is not working at the moment. Please try again later.');
    await context.close();
  });

  it('takes a search from the header form of another page to the search page', async () => {
    const page = await open('/treatments/');
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('SPF');
    await page
      .getByRole('search', { name: 'Site' })
      .getByRole('button', { name: 'Search' })
      .click();
    await page.waitForURL('**/search/?q=SPF');
    await expect.poll(() => status(page).innerText()).toMatch(/for SPF$/);
    expect((await resultPaths(page))[0]).toBe('/treatments/microneedling/aftercare/');
    await page.context().close();
  });

  it('keeps the header search tidy at 390 px, with tap targets at least 44 px high', async () => {
    const page = await open('/treatments/microneedling/', {
      viewport: { width: 390, height: 844 },
    });
    const form = page.getByRole('search', { name: 'Site' });
    for (const control of [form.getByRole('searchbox'), form.getByRole('button')]) {
      const box = await control.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.context().close();
  });
});
