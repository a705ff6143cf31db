import { describe, expect, it } from 'vitest';
import { contactPageFacts, hasContactPage } from '~/contact/contact-page';
import { phoneHref } from '~/contact/links';
import type { CalendarDate } from '~/calendar/calendar-date';

const day = (text: string) => text as CalendarDate;
// Midday in London on 28 November 2026.
const NOW = new Date('2026-11-28T12:00:00Z');
const NOTHING = { timeZone: 'Europe/London', closures: [] };

describe('the contact page', () => {
  it('is not built when the clinic has given nothing to put on it', () => {
    expect(hasContactPage(NOTHING, NOW)).toBe(false);
    expect(hasContactPage({ ...NOTHING, contact: {} }, NOW)).toBe(false);
    const past = [{ from: day('2026-01-01'), to: day('2026-01-02') }];
    expect(hasContactPage({ ...NOTHING, closures: past }, NOW)).toBe(false);
  });

  it('is built for any one contact detail or opening hours', () => {
    expect(hasContactPage({ ...NOTHING, contact: { email: 'hello@example.com' } }, NOW)).toBe(true);
    const hours = { monday: { opens: '09:00', closes: '17:00' } };
    expect(hasContactPage({ ...NOTHING, openingHours: hours }, NOW)).toBe(true);
  });

  it('is not built for closures alone, which give no way to get in touch', () => {
    const today = [{ from: day('2026-11-28'), to: day('2026-11-28') }];
    expect(hasContactPage({ ...NOTHING, closures: today }, NOW)).toBe(false);
    const withEmail = { ...NOTHING, closures: today, contact: { email: 'hello@example.com' } };
    expect(hasContactPage(withEmail, NOW)).toBe(true);
    expect(contactPageFacts(withEmail, NOW).closures).toEqual(today);
  });

  it('lists only closures that have not ended, soonest first', () => {
    const closures = [
      { from: day('2026-12-24'), to: day('2026-12-27') },
      { from: day('2026-11-20'), to: day('2026-11-30') },
      { from: day('2026-11-01'), to: day('2026-11-02') },
    ];
    expect(contactPageFacts({ ...NOTHING, closures }, NOW).closures).toEqual([
      { from: '2026-11-20', to: '2026-11-30' },
      { from: '2026-12-24', to: '2026-12-27' },
    ]);
  });
});

describe('phoneHref', () => {
  it('links a UK number in E.164 form', () => {
    expect(phoneHref('020 7946 0321')).toBe('tel:+442079460321');
  });

  it('stops the build rather than publish a link that rings nowhere', () => {
    expect(() => phoneHref('020 7946')).toThrow(/not a phone number/);
  });
});
