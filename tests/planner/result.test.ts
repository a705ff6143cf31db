import { describe, expect, it } from 'vitest';
import { bookingRulesFrom, intervalInDays, type PlannerConfig } from '~/planner/booking-rules';
import { parseCalendarDate, type CalendarDate } from '~/schemas/calendar-date';
import { calendarFile } from '~/planner/icalendar';
import { PLANNER_ERRORS } from '~/planner/messages';
import { plannerResult } from '~/planner/result';

const day = (text: string) => parseCalendarDate(text) as CalendarDate;

const config = (
  overrides: Partial<Parameters<typeof bookingRulesFrom>[0]> = {},
): PlannerConfig => ({
  rules: bookingRulesFrom({
    sessionInterval: { value: 6, unit: 'weeks' },
    practitioners: [{ name: 'Ann' }, { name: 'Bea', workingDays: ['monday'] }],
    closures: [],
    ...overrides,
  }),
  timeZone: 'Europe/London',
  errors: PLANNER_ERRORS,
  calendar: calendarFile({
    summary: 'Earliest date to book your next peel session',
    url: 'https://www.example.com/treatments/peel/',
  }),
  timeline: [
    {
      title: 'Redness',
      start: { value: 0, unit: 'hours' },
      end: { value: 72, unit: 'hours' },
      notice: 'Red.',
      do: ['Use SPF every day'],
    },
    {
      title: 'Recovery',
      start: { value: 0, unit: 'days' },
      end: { value: 14, unit: 'days' },
      notice: 'Healing.',
      do: ['Use SPF every day', 'Moisturise'],
    },
  ],
});

describe('intervalInDays', () => {
  it('turns weeks into days and keeps days', () => {
    expect(intervalInDays({ value: 6, unit: 'weeks' })).toBe(42);
    expect(intervalInDays({ value: 10, unit: 'days' })).toBe(10);
  });
});

describe('plannerResult', () => {
  const today = day('2026-11-27');

  it.each([
    ['', 'Enter the date of your last session'],
    ['2026-02-30', 'Enter a real date for your last session'],
    ['2026-11-28', 'The date of your last session must be today or in the past'],
  ])('gives an error for %j', (text, error) => {
    expect(plannerResult(text, today, config())).toEqual({ ok: false, error });
  });

  it('names the day, the distance and who works that day', () => {
    const result = plannerResult('2026-11-25', today, config());
    expect(result).toMatchObject({
      ok: true,
      bookFrom: '2027-01-06',
      headline: 'You can book your next session from Wednesday 6 January 2027.',
      detail: 'That is in 40 days. You can book with Ann that day.',
      aftercare: 'Today is day 2 after your session.',
      todo: ['Use SPF every day', 'Moisturise'],
    });
    expect(result.ok && result.aftercareItems).toEqual([
      'Redness, last day: Friday 27 November 2026. Red.',
      'Recovery, last day: Tuesday 8 December 2026. Healing.',
    ]);
  });

  it('names both practitioners on a day both work', () => {
    const result = plannerResult('2026-11-23', day('2026-11-23'), config());
    expect(result.ok && result.detail).toBe(
      'That is in 42 days. You can book with Ann or Bea that day.',
    );
  });

  it('does not say who is in that day when no practitioner has working days', () => {
    const practitioners = [{ name: 'Ann' }, { name: 'Bea' }];
    const result = plannerResult('2026-11-25', today, config({ practitioners }));
    expect(result.ok && result.detail).toBe('That is in 40 days. You can book with Ann or Bea.');
  });

  it('moves past a closure and says "tomorrow"', () => {
    const closures = [{ from: day('2027-01-06'), to: day('2027-01-07') }];
    const open = plannerResult('2026-11-25', day('2027-01-05'), config());
    expect(open).toMatchObject({ bookFrom: '2027-01-06' });
    const result = plannerResult('2026-11-25', day('2027-01-07'), config({ closures }));
    expect(result).toMatchObject({
      bookFrom: '2027-01-08',
      detail: expect.stringMatching(/^That is tomorrow\./),
    });
  });

  it('says "book now" with no calendar event once the earliest date has passed', () => {
    const result = plannerResult('2026-09-01', today, config());
    expect(result).toMatchObject({ ok: true, headline: 'You can book your next session now.' });
    expect(result.ok && 'bookFrom' in result).toBe(false);
    expect(result.ok && result.aftercare).toBe('The aftercare for that session is over.');
  });

  it('names the next open day, with a calendar event, when the earliest date has passed and today is closed', () => {
    // Open on Mondays and Tuesdays only; today, Friday 27 November, is closed.
    const rules = config({ openingDays: ['monday', 'tuesday'] });
    const result = plannerResult('2026-09-01', today, rules);
    expect(result).toMatchObject({
      ok: true,
      bookFrom: '2026-11-30',
      headline: 'You can book your next session from Monday 30 November 2026.',
      detail:
        'That is in 3 days. You can book with Ann or Bea that day. The earliest date was Tuesday 13 October 2026, and that has passed.',
    });
  });

  it('names the day after a closure that covers today, once the earliest date has passed', () => {
    const closures = [{ from: day('2026-11-27'), to: day('2026-11-28') }];
    const result = plannerResult('2026-09-01', today, config({ closures }));
    expect(result).toMatchObject({
      bookFrom: '2026-11-29',
      headline: 'You can book your next session from Sunday 29 November 2026.',
      detail: expect.stringMatching(/^That is in 2 days\. .* and that has passed\.$/),
    });
  });

  it('claims no open day when the clinic has given no opening days, closures or working days', () => {
    const practitioners = [{ name: 'Ann' }, { name: 'Bea' }];
    const result = plannerResult('2026-09-01', today, config({ practitioners }));
    expect(result).toEqual(
      expect.objectContaining({
        headline: 'You can book your next session now.',
        detail: 'The earliest date was Tuesday 13 October 2026, and that has passed.',
      }),
    );
    expect(result.ok && 'bookFrom' in result).toBe(false);
  });

  it('names as the last day of a stage the last day the planner still lists it', () => {
    const listed = (on: string) => {
      const result = plannerResult('2026-11-25', day(on), config());
      return result.ok ? result.aftercareItems.map((item) => item.split(',')[0]) : [];
    };
    // Recovery, 14 days from 25 November: its last day is 8 December.
    expect(listed('2026-12-08')).toEqual(['Recovery']);
    expect(listed('2026-12-09')).toEqual([]);
    expect(plannerResult('2026-11-25', day('2026-12-08'), config())).toMatchObject({
      aftercareItems: ['Recovery, last day: Tuesday 8 December 2026. Healing.'],
    });
  });

  it('says "at the latest" of a stage that can end sooner', () => {
    const timeline = [
      { ...config().timeline[0]!, endsFrom: { value: 24, unit: 'hours' as const } },
    ];
    const result = plannerResult('2026-11-25', today, { ...config(), timeline });
    expect(result.ok && result.aftercareItems).toEqual([
      'Redness, last day at the latest: Friday 27 November 2026. Red.',
    ]);
  });

  it('gives no advice of its own when the last session was over a year ago', () => {
    const result = plannerResult('1900-01-01', today, config());
    expect(result).toMatchObject({
      ok: true,
      headline: 'You can book your next session now.',
      detail: 'The earliest date was Monday 12 February 1900, and that has passed.',
    });
    expect(JSON.stringify(result)).not.toMatch(/consultation|year ago|suggest/);
  });

  it("adds the clinic's own advice, in its words, when the last session was over a year ago", () => {
    const adviceAfterAYear = 'Please call us before you book.';
    const withAdvice = { ...config(), adviceAfterAYear };
    expect(plannerResult('2025-06-01', today, withAdvice)).toMatchObject({
      headline: 'You can book your next session now.',
      detail:
        'The earliest date was Sunday 13 July 2025, and that has passed. Your last session was more than a year ago. Please call us before you book.',
    });
    // A year to the day is not "more than a year".
    const recent = plannerResult('2025-11-27', today, withAdvice);
    expect(recent.ok && recent.detail).not.toContain(adviceAfterAYear);
  });

  it('asks the client to contact the clinic when no practitioner ever works an opening day', () => {
    const rules = config({
      openingDays: ['sunday'],
      practitioners: [{ name: 'Bea', workingDays: ['monday'] }],
    });
    const result = plannerResult('2026-11-25', today, rules);
    expect(result).toMatchObject({ detail: expect.stringMatching(/contact the clinic/) });
    expect(result.ok && 'bookFrom' in result).toBe(false);
  });
});
