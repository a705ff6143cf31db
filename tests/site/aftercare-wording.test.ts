import { describe, expect, it } from 'vitest';
import { builtPage, mainText } from '../helpers/built-site';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** A client reading the aftercare page meets each fact once, where it applies, in plain words. */
describe('the aftercare page', () => {
  const page = builtPage('/treatments/microneedling/aftercare/');
  const text = mainText(page);

  it('says how long the daily care lasts once, on its own stage', () => {
    expect(count(text, /2 weeks|14 days|two weeks/gi)).toBe(1);
    expect(text).toMatch(/Hydration and sun protection For 2 weeks after your session /);
  });

  it('says "every day" once, and not again on each thing to do', () => {
    expect(count(text, /every day|daily/gi)).toBe(1);
  });

  it('words each stage as a time after the session, never "Lasts 14 days"', () => {
    expect(text).not.toMatch(/\bLasts\b/);
  });

  it('leaves the two weeks out of the lead and the description', () => {
    expect(page).toMatch(/<meta name="description" content="[^"]*how to look after it\."/);
  });
});
