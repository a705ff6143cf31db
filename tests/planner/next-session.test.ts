import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '~/calendar/calendar-date';
import type { CalendarDate } from '~/calendar/calendar-date';
import {
  LONG_AGO_DAYS,
  SEARCH_WINDOW_DAYS,
  describeDaysAway,
  nextSessionDate,
  validateLastSession,
} from '~/planner/next-session';
import type { BookingRules } from '~/planner/next-session';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`test fixture ${text} is not a valid date`);
  return parsed;
}

const everyone: BookingRules['practitioners'] = [{ name: 'Amira' }, { name: 'Beth' }];
const weekdaysOnly = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

describe('nextSessionDate', () => {
  it('is lastSession + interval when the clinic is open every day', () => {
    expect(
      nextSessionDate(date('2026-01-10'), { intervalDays: 42, practitioners: everyone }),
    ).toEqual({ kind: 'bookable', date: '2026-02-21', practitioners: ['Amira', 'Beth'] });
  });

  it('treats empty opening days as open every day', () => {
    const rules = { intervalDays: 42, openingDays: [], practitioners: everyone };
    expect(nextSessionDate(date('2026-01-10'), rules)).toMatchObject({ date: '2026-02-21' });
  });

  it('lands on 2 March 2028 from 20 January 2028 (leap year)', () => {
    expect(
      nextSessionDate(date('2028-01-20'), { intervalDays: 42, practitioners: everyone }),
    ).toMatchObject({ kind: 'bookable', date: '2028-03-02' });
  });

  it('keeps whole days across the London clock changes', () => {
    const rules = { intervalDays: 42, practitioners: everyone };
    expect(nextSessionDate(date('2026-02-20'), rules)).toMatchObject({ date: '2026-04-03' });
    expect(nextSessionDate(date('2026-10-01'), rules)).toMatchObject({ date: '2026-11-12' });
    expect(nextSessionDate(date('2027-03-01'), rules)).toMatchObject({ date: '2027-04-12' });
  });

  it('moves a Saturday on to Monday when open on weekdays only', () => {
    const rules = { intervalDays: 42, openingDays: weekdaysOnly, practitioners: everyone };
    // 2026-01-10 + 42 = Saturday 2026-02-21.
    expect(nextSessionDate(date('2026-01-10'), rules)).toMatchObject({ date: '2026-02-23' });
  });

  it('skips a single closed day and several closure ranges in a row', () => {
    const single = { from: date('2026-02-21'), to: date('2026-02-21') };
    expect(
      nextSessionDate(date('2026-01-10'), {
        intervalDays: 42,
        closures: [single],
        practitioners: everyone,
      }),
    ).toMatchObject({ date: '2026-02-22' });

    const rules: BookingRules = {
      intervalDays: 42,
      openingDays: weekdaysOnly,
      // Listed out of order, back to back with a weekend between: Mon 23 Feb to Fri 6 Mar closed.
      closures: [
        { from: date('2026-03-02'), to: date('2026-03-04') },
        { from: date('2026-02-23'), to: date('2026-02-27') },
        { from: date('2026-03-05'), to: date('2026-03-06') },
      ],
      practitioners: everyone,
    };
    expect(nextSessionDate(date('2026-01-10'), rules)).toMatchObject({ date: '2026-03-09' });
  });

  it('skips a closure spanning the year end', () => {
    const rules: BookingRules = {
      intervalDays: 42,
      openingDays: weekdaysOnly,
      closures: [{ from: date('2026-12-24'), to: date('2027-01-03') }],
      practitioners: everyone,
    };
    // 2026-11-20 + 42 = Friday 2027-01-01, closed until Sunday 3 January.
    expect(nextSessionDate(date('2026-11-20'), rules)).toMatchObject({ date: '2027-01-04' });
  });

  it('treats closure ends as inclusive and the earliest date as allowed', () => {
    const closures = [{ from: date('2026-02-10'), to: date('2026-02-20') }];
    const rules = { intervalDays: 42, closures, practitioners: everyone };
    expect(nextSessionDate(date('2026-01-10'), rules)).toMatchObject({ date: '2026-02-21' });
  });

  it('waits for a day someone works and names only who works that day', () => {
    const rules: BookingRules = {
      intervalDays: 42,
      openingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
      practitioners: [
        { name: 'Amira', workingDays: ['tuesday', 'thursday'] },
        { name: 'Beth', workingDays: ['thursday', 'saturday', 'sunday'] },
        { name: 'Chloe', workingDays: [] },
      ],
    };
    // Saturday 2026-02-21: only Beth.
    expect(nextSessionDate(date('2026-01-10'), rules)).toEqual({
      kind: 'bookable',
      date: '2026-02-21',
      practitioners: ['Beth'],
    });
    // Friday 2026-04-03: nobody; Saturday: Beth (Sunday she would work, but the clinic is shut).
    expect(nextSessionDate(date('2026-02-20'), rules)).toMatchObject({
      date: '2026-04-04',
      practitioners: ['Beth'],
    });
    // Monday 2027-04-12: nobody; Tuesday 13th: Amira.
    expect(nextSessionDate(date('2027-03-01'), rules)).toMatchObject({
      date: '2027-04-13',
      practitioners: ['Amira'],
    });
    // Thursday 2026-12-31: both who work, in content order.
    expect(nextSessionDate(date('2026-11-19'), rules)).toMatchObject({
      date: '2026-12-31',
      practitioners: ['Amira', 'Beth'],
    });
  });

  it('mixes practitioners without working days (all opening days) and those with', () => {
    const rules: BookingRules = {
      intervalDays: 42,
      openingDays: weekdaysOnly,
      practitioners: [{ name: 'Amira', workingDays: ['monday'] }, { name: 'Beth' }],
    };
    expect(nextSessionDate(date('2026-01-10'), rules)).toMatchObject({
      date: '2026-02-23',
      practitioners: ['Amira', 'Beth'],
    });
    expect(nextSessionDate(date('2026-01-13'), rules)).toMatchObject({
      date: '2026-02-24',
      practitioners: ['Beth'],
    });
  });

  it("returns 'none' when no practitioner works on any opening day", () => {
    const rules: BookingRules = {
      intervalDays: 42,
      openingDays: weekdaysOnly,
      practitioners: [{ name: 'Amira', workingDays: ['saturday', 'sunday'] }],
    };
    expect(nextSessionDate(date('2026-01-10'), rules)).toEqual({
      kind: 'none',
      earliest: '2026-02-21',
    });
  });

  it("returns 'none' when closed for the whole search window, and finds the day just after", () => {
    const earliest = date('2026-02-21');
    const lastClosed = date('2027-02-21'); // earliest + 365: the window's last day
    expect(SEARCH_WINDOW_DAYS).toBe(366);
    const closedThrough = (to: CalendarDate): BookingRules => ({
      intervalDays: 42,
      closures: [{ from: earliest, to }],
      practitioners: everyone,
    });
    expect(nextSessionDate(date('2026-01-10'), closedThrough(lastClosed))).toEqual({
      kind: 'none',
      earliest,
    });
    expect(nextSessionDate(date('2026-01-10'), closedThrough(date('2027-02-20')))).toMatchObject({
      kind: 'bookable',
      date: '2027-02-21',
    });
  });

  it("returns 'none' when there are no practitioners", () => {
    expect(nextSessionDate(date('2026-01-10'), { intervalDays: 42, practitioners: [] })).toEqual({
      kind: 'none',
      earliest: '2026-02-21',
    });
  });
});

describe('validateLastSession', () => {
  const today = date('2026-11-27');

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    ['2026-13-01', 'invalid'],
    ['2026-02-30', 'invalid'],
    ['2025-02-29', 'invalid'],
    ['not a date', 'invalid'],
    ['27/11/2026', 'invalid'],
    ['2026-11-28', 'future'],
    ['2027-01-01', 'future'],
  ])('rejects %j as %s', (text, reason) => {
    expect(validateLastSession(text, today)).toEqual({ ok: false, reason });
  });

  it('accepts today and recent dates, trimming surrounding space', () => {
    expect(validateLastSession('2026-11-27', today)).toEqual({
      ok: true,
      date: '2026-11-27',
      longAgo: false,
    });
    expect(validateLastSession(' 2026-10-16 ', today)).toEqual({
      ok: true,
      date: '2026-10-16',
      longAgo: false,
    });
  });

  it('flags dates more than 366 days back as long ago, but not exactly 366', () => {
    expect(LONG_AGO_DAYS).toBe(366);
    // 2025-11-26 is 366 days before 2026-11-27; 2025-11-25 is 367.
    expect(validateLastSession('2025-11-26', today)).toEqual({
      ok: true,
      date: '2025-11-26',
      longAgo: false,
    });
    expect(validateLastSession('2025-11-25', today)).toEqual({
      ok: true,
      date: '2025-11-25',
      longAgo: true,
    });
    expect(validateLastSession('2019-03-01', today)).toMatchObject({ ok: true, longAgo: true });
  });
});

describe('describeDaysAway', () => {
  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [2, 'in 2 days'],
    [23, 'in 23 days'],
  ])('%i days is %j', (days, expected) => {
    expect(describeDaysAway(days)).toBe(expected);
  });
});
