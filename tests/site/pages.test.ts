import { describe, expect, it } from 'vitest';
import { builtPage, visibleText } from '../helpers/built-site';

const PAGES = [
  '/',
  '/treatments/',
  '/treatments/microneedling/',
  '/treatments/microneedling/procedure/',
  '/treatments/microneedling/aftercare/',
  '/practitioners/',
  '/practitioners/karen-evans/',
  '/practitioners/palwasha-yusofi/',
  '/practitioners/ilona-abramenko/',
  '/404.html',
];

describe('the built site', () => {
  it.each(PAGES)('has %s with one h1, a skip link, lang="en-GB" and a main landmark', (path) => {
    const html = builtPage(path);
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<a href="#main"[^>]*>Skip to main content<\/a>/);
    expect(html).toMatch(/<main id="main"[^>]*data-pagefind-body/);
  });

  it('numbers the procedure steps in an ordered list', () => {
    const html = builtPage('/treatments/microneedling/procedure/');
    const list = /<main[\s\S]*?(<ol[\s\S]*?<\/ol>)/.exec(html)?.[1] ?? '';
    expect(list.match(/<li/g)).toHaveLength(7);
    expect(visibleText(list)).toMatch(/^1 Step 1: Cleansing/);
  });

  it('links each practitioner from the treatment and the treatment from each practitioner', () => {
    const treatment = builtPage('/treatments/microneedling/');
    for (const slug of ['karen-evans', 'palwasha-yusofi', 'ilona-abramenko']) {
      expect(treatment).toContain(`href="/practitioners/${slug}/"`);
      expect(builtPage(`/practitioners/${slug}/`)).toContain('href="/treatments/microneedling/"');
    }
  });

  it('puts the page title before the clinic name', () => {
    expect(builtPage('/treatments/microneedling/aftercare/')).toContain(
      '<title>Aftercare for microneedling | The Skin Clinic</title>',
    );
  });
});
