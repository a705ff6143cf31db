import { describe, expect, it } from 'vitest';
import ReviewDates from '~/components/ReviewDates.astro';
import { inProcessZone } from '../helpers/process-zone';
import { render, text } from '../helpers/render';

const dates = { lastReviewed: '2026-11-27', nextReview: '2027-11-27' };
const EXPECTED = 'Page last reviewed: 27 November 2026. Next review due: 27 November 2027.';

describe('<ReviewDates>', () => {
  it('gives both dates in words, in British order', async () => {
    expect(text(await render(ReviewDates, dates))).toBe(EXPECTED);
  });

  it('puts each date on its own line', async () => {
    const html = await render(ReviewDates, dates);
    expect(html).toMatch(/Page last reviewed: 27 November 2026\.<br>\s*Next review due:/);
  });

  it('keeps the first and last days of a year in their year', async () => {
    const html = await render(ReviewDates, {
      lastReviewed: '2026-01-01',
      nextReview: '2026-12-31',
    });
    expect(text(html)).toBe(
      'Page last reviewed: 1 January 2026. Next review due: 31 December 2026.',
    );
  });
});

// A day shifted by a zone shows up far from UTC: Pago Pago is 11 hours behind, Kiritimati 14 ahead.
describe.each([
  ['Pacific/Pago_Pago', '2026-11-26'],
  ['Pacific/Kiritimati', '2026-11-28'],
])('<ReviewDates> with the process in %s', (zone, localDayAtShift) => {
  inProcessZone(zone);

  it('is really in that zone, where local time would move the day', () => {
    // Midnight in UTC is the day before in Pago Pago; the end of the day in UTC is the day after in Kiritimati.
    const instant = zone === 'Pacific/Pago_Pago' ? '2026-11-27T00:00:00Z' : '2026-11-27T23:00:00Z';
    const local = new Date(instant);
    const day = [local.getFullYear(), local.getMonth() + 1, local.getDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('-');
    expect(day).toBe(localDayAtShift);
  });

  it('still gives the dates as written', async () => {
    expect(text(await render(ReviewDates, dates))).toBe(EXPECTED);
  });
});
