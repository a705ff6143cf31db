import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
});
