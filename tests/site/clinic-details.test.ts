import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, DIST, mainText, visibleText } from '../helpers/built-site';
import { REPOSITORY } from '../helpers/content-fixtures';
import { SHARED_BUILD_WAIT_MS, sharedBuild } from '../helpers/shared-builds';

const FIXTURE = join(REPOSITORY, 'tests', 'fixtures', 'clinic-details');
const BOOKING_URL = 'https://booking.example.com/the-skin-clinic';
const PAGES = [
  '/',
  '/treatments/',
  '/treatments/example-facial/',
  '/treatments/microneedling/',
  '/practitioners/jo-example/',
];

let dist = '';
// Another file may be building it: a build takes minutes on a busy machine.
beforeAll(async () => {
  dist = await sharedBuild('clinic-details', FIXTURE);
}, SHARED_BUILD_WAIT_MS);

const page = (path: string) => builtPage(path, dist);
const footerOf = (html: string) => /<footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
const navOf = (html: string) => /<nav aria-label="Main"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href ?? '');
function graphOf(html: string): Record<string, unknown>[] {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return (JSON.parse(json ?? '{}') as { '@graph': Record<string, unknown>[] })['@graph'];
}

describe('a clinic that gives its contact details, hours and closures', () => {
  it('has a contact page with its address, links, hours day by day and coming closures', () => {
    const html = page('/contact/');
    expect(mainText(html)).toContain(
      'Address 12 Harley Mews London W1G 9QD Phone and email Phone: 020 7946 0321 Email: hello@example.com',
    );
    expect(mainText(html)).toContain(
      'Opening hours Monday Closed Tuesday 10am to 6pm Wednesday Closed Thursday 10am to 7:30pm Friday Closed Saturday 9am to 2pm Sunday Closed',
    );
    expect(mainText(html)).toContain(
      'The clinic is also closed on these dates: Saturday 22 June 2030 Tuesday 24 December 2030 to Friday 27 December 2030',
    );
    const links = hrefs(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '');
    expect(links).toEqual([BOOKING_URL, 'tel:+442079460321', 'mailto:hello@example.com']);
  });

  it.each(PAGES)(
    'calls the contact page by its own heading in the header and footer of %s',
    (path) => {
      const heading = /<h1[^>]*>\s*([^<]*?)\s*<\/h1>/.exec(page('/contact/'))?.[1];
      const linkText = (html: string) =>
        /<a href="\/contact\/"[^>]*>\s*([^<]*?)\s*<\/a>/.exec(html)?.[1];
      expect(heading).toBe('Contact us');
      expect(linkText(navOf(page(path)))).toBe(heading);
      expect(linkText(footerOf(page(path)))).toBe(heading);
    },
  );

  it.each(PAGES)('links the contact page, phone and email from %s', (path) => {
    const html = page(path);
    expect(hrefs(navOf(html))).toContain('/contact/');
    const footer = footerOf(html);
    expect(hrefs(footer)).toEqual(
      expect.arrayContaining(['tel:+442079460321', 'mailto:hello@example.com', '/contact/']),
    );
    expect(visibleText(footer)).toMatch(/Phone: 020 7946 0321 Email: hello@example\.com/);
  });

  it('gives the MedicalBusiness its phone, email, address and hours', () => {
    const [clinic] = graphOf(page('/'));
    expect(clinic).toMatchObject({
      '@type': 'MedicalBusiness',
      telephone: '+442079460321',
      email: 'hello@example.com',
      address: { '@type': 'PostalAddress', postalCode: 'W1G 9QD' },
    });
    const days = (clinic?.['openingHoursSpecification'] as { dayOfWeek: string }[]).map(
      ({ dayOfWeek }) => dayOfWeek,
    );
    expect(days).toEqual([
      'https://schema.org/Tuesday',
      'https://schema.org/Thursday',
      'https://schema.org/Saturday',
    ]);
  });

  it('ends the planner with the way to book: the booking page as given, or a call', () => {
    const html = page('/treatments/example-facial/');
    const planner = /<next-session-planner[\s\S]*<\/next-session-planner>/.exec(html)?.[0] ?? '';
    const howToBook = /<p[^>]*>(To book,[\s\S]*?)<\/p>\s*<p data-announce/.exec(planner)?.[1] ?? '';
    expect(howToBook.replace(/<[^>]+>/g, '')).toBe(
      'To book, use our online booking page or call us on 020 7946 0321.',
    );
    expect(hrefs(planner)).toEqual(expect.arrayContaining([BOOKING_URL, 'tel:+442079460321']));
    expect(JSON.stringify(hrefs(html))).not.toMatch(/booking\.example\.com[^"]*[?#]/);
  });

  it('shows the safety sections under plain headings, and in the JSON-LD', () => {
    const html = page('/treatments/example-facial/');
    const text = mainText(html);
    expect(text).toContain('Minimum age 18 or over');
    expect(text).toContain(
      'Your consultation comes first Before a first fixture session we ask about fixture skin.',
    );
    expect(text).toContain(
      'Who it is not suitable for We only treat people aged 18 or over. fixture readers with fixture allergies anyone with a fixture rash',
    );
    expect(text).toContain('Side effects and risks fixture redness fixture swelling');
    expect(graphOf(html)[0]).toMatchObject({
      '@type': 'MedicalTherapy',
      contraindication: [
        { '@type': 'MedicalEntity', name: 'fixture readers with fixture allergies' },
        { '@type': 'MedicalEntity', name: 'anyone with a fixture rash' },
      ],
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'fixture redness' },
        { '@type': 'MedicalEntity', name: 'fixture swelling' },
      ],
    });
  });

  it('answers every client question the fixture answers, under plain headings', () => {
    const text = mainText(page('/treatments/example-facial/'));
    for (const shown of [
      'Price of one session £123.45',
      'Price of a course £321 for a course of 3 sessions',
      'How long a session takes 47 minutes',
      'Sessions usually needed 2 to 5 sessions',
      'How many sessions, and when results show Clients usually need 2 to 5 sessions. Fixture results may show after the second fixture session.',
      'Before and after your session How to prepare Come to the fixture session with fixture-clean skin. Stop using fixture retinol three days before.',
      'What to avoid afterwards Fixture make-up: for 2 days after your session Fixture swimming: for 9 days after your session',
      "Before and after photos Each pair is shown with the client's consent. The photos are not retouched.",
      'Before After A fixture pair after a fixture course.',
      'Price, deposit and cancelling The price is £123.45 a session, or £321 for a course of 3 sessions. What the price includes: The fixture consultation and a fixture aftercare cream.',
      'Deposit A fixture deposit of £17, taken off the fixture price.',
      'If you need to cancel Tell the fixture clinic 29 hours ahead, or the fixture deposit is kept.',
      'Questions clients ask Does the fixture facial hurt? The fixture answer says it feels like fixture pins and needles. Can I drive home after a fixture session? The fixture answer says yes.',
    ]) {
      expect(text).toContain(shown);
    }
  });

  it('gives the prices as Offers in pounds and the questions as an FAQPage', () => {
    const graph = graphOf(page('/treatments/example-facial/'));
    expect(graph.find((node) => node['@type'] === 'Service')).toMatchObject({
      provider: { '@id': 'https://www.example.com/#clinic' },
      offers: [
        { '@type': 'Offer', price: '123.45', priceCurrency: 'GBP' },
        { '@type': 'Offer', price: '321.00', priceCurrency: 'GBP' },
      ],
    });
    const faq = graph.find((node) => node['@type'] === 'FAQPage');
    expect((faq?.['mainEntity'] as { name: string }[]).map(({ name }) => name)).toEqual([
      'Does the fixture facial hurt?',
      'Can I drive home after a fixture session?',
    ]);
  });

  it('serves each photo as AVIF and WebP at two widths, with its size and description', () => {
    const html = page('/treatments/example-facial/');
    const pictures = html.match(/<picture>[\s\S]*?<\/picture>/g) ?? [];
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      const types = [...picture.matchAll(/<source [^>]*type="([^"]+)"/g)].map(([, type]) => type);
      expect(types).toEqual(['image/avif', 'image/webp']);
      for (const [srcset] of picture.matchAll(/srcset="[^"]*"/g)) {
        expect(srcset).toMatch(/ 320w, [^"]+ 640w"$/);
      }
      const img = /<img [^>]*>/.exec(picture)?.[0] ?? '';
      expect(img).toMatch(/ width="640" height="480"/);
      expect(img).toMatch(/ sizes="[^"]+"/);
      expect(img).toMatch(/ alt="A made-up fixture picture marked (before|after)"/);
      expect(img).toMatch(/ loading="lazy"/);
    }
  });

  it('keeps the treatment page that answers every question within one round trip', () => {
    const html = page('/treatments/example-facial/');
    const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(([, href]) =>
      readFileSync(join(dist, href ?? '')),
    );
    const bytes = [Buffer.from(html), ...css].reduce(
      (sum, file) => sum + gzipSync(file, { level: 9 }).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(14 * 1024);
  });

  it('says which practitioners work only some days, and shows no empty treatment list', () => {
    expect(mainText(page('/treatments/example-facial/'))).toContain(
      'Alex Example works on Tuesdays and Saturdays only.',
    );
    const jo = mainText(page('/practitioners/jo-example/'));
    expect(jo).toContain('Jo Example');
    expect(jo).not.toContain('Treatments you can book with');
  });

  it('builds valid HTML for the pages that only these details make', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const path of ['/contact/', '/treatments/example-facial/']) {
      const report = await validator.validateFile(join(dist, path, 'index.html'));
      expect(
        report.results.flatMap((result) => result.messages),
        path,
      ).toEqual([]);
    }
  });
});

describe('the real content, which gives no contact details yet', () => {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );

  it('has no contact page and no link to one, to a phone or to an email', () => {
    expect(files).not.toContain('contact/index.html');
    for (const file of files) {
      const links = hrefs(builtPage(`/${file.replace(/index\.html$/, '')}`));
      expect(
        links.filter((href) => /^(\/contact\/|tel:|mailto:)/.test(href)),
        file,
      ).toEqual([]);
    }
  });

  it('tells a client to contact the clinic to book, without pretending to a link', () => {
    const html = builtPage('/treatments/microneedling/');
    const planner = /<next-session-planner[\s\S]*<\/next-session-planner>/.exec(html)?.[0] ?? '';
    expect(planner).toMatch(/<p[^>]*>To book, contact the clinic\.<\/p>/);
  });

  it('shows no safety heading the clinic has not written', () => {
    const text = mainText(builtPage('/treatments/microneedling/'));
    for (const heading of ['consultation comes first', 'not suitable for', 'Side effects']) {
      expect(text).not.toContain(heading);
    }
    expect(text).not.toContain('Minimum age');
  });

  it('shows no client question the clinic has not answered: no price, photo or empty heading', () => {
    const html = builtPage('/treatments/microneedling/');
    const text = mainText(html);
    for (const heading of [
      'Price',
      'How long a session takes',
      'Sessions usually needed',
      'when results show',
      'Before and after',
      'Deposit',
      'cancel',
      'Questions clients ask',
      '£',
    ]) {
      expect(text).not.toContain(heading);
    }
    expect(html).not.toContain('<picture');
    expect(graphOf(html).map((node) => node['@type'])).toEqual(['MedicalProcedure']);
  });
});
