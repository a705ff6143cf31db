import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  parseCalendarDate,
  todayInZone,
} from '~/calendar/calendar-date';
import type { CalendarDate } from '~/calendar/calendar-date';
import { inProcessZone } from '../helpers/process-zone';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`test fixture ${text} is not a valid date`);
  return parsed;
}

describe('parseCalendarDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30'])(
    'accepts %s unchanged',
    (text) => {
      expect(parseCalendarDate(text)).toBe(text);
    },
  );

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['2025-02-29', 'not a leap year'],
    ['2027-02-29', 'not a leap year'],
    ['1900-02-29', 'century not divisible by 400'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['0026-01-01', 'two-digit year padded (Date.UTC would read 1926)'],
    ['26-01-01', 'two-digit year'],
    ['2026-1-5', 'unpadded'],
    ['27/11/2026', 'British order'],
    ['2026/11/27', 'slashes'],
    [' 2026-11-27', 'leading space'],
    ['2026-11-27T00:00', 'with a time'],
    ['not a date', 'words'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month ends, year ends and 29 February', () => {
    expect(addDays(date('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(date('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(date('2027-01-01'), -1)).toBe('2026-12-31');
    expect(addDays(date('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(date('2027-02-28'), 1)).toBe('2027-03-01');
    expect(addDays(date('2028-01-20'), 42)).toBe('2028-03-02');
    expect(addDays(date('2026-11-20'), 42)).toBe('2027-01-01');
    expect(daysBetween(date('2028-02-01'), date('2028-03-01'))).toBe(29);
    expect(daysBetween(date('2027-02-01'), date('2027-03-01'))).toBe(28);
    expect(daysBetween(date('2026-01-01'), date('2027-01-01'))).toBe(365);
    expect(daysBetween(date('2028-01-01'), date('2029-01-01'))).toBe(366);
  });

  it('gives b - a, negative when b is earlier, and round-trips with addDays', () => {
    expect(daysBetween(date('2026-06-10'), date('2026-06-03'))).toBe(-7);
    expect(daysBetween(date('2026-06-10'), date('2026-06-10'))).toBe(0);
    const start = date('2026-02-14');
    for (const n of [-400, -1, 0, 1, 42, 365, 1000]) {
      expect(daysBetween(start, addDays(start, n))).toBe(n);
    }
  });

  describe('across London clock changes, with the process itself in Europe/London', () => {
    inProcessZone('Europe/London');

    it('really is running in London time (guards the tests below)', () => {
      expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(0);
      expect(new Date(2026, 2, 30, 12).getTimezoneOffset()).toBe(-60);
    });

    it('counts whole days over the 23-hour day of 29 March 2026', () => {
      expect(addDays(date('2026-03-28'), 1)).toBe('2026-03-29');
      expect(addDays(date('2026-03-28'), 2)).toBe('2026-03-30');
      expect(daysBetween(date('2026-03-28'), date('2026-03-30'))).toBe(2);
      expect(addDays(date('2026-02-20'), 42)).toBe('2026-04-03');
    });

    it('counts whole days over the 25-hour day of 25 October 2026', () => {
      expect(addDays(date('2026-10-24'), 1)).toBe('2026-10-25');
      expect(addDays(date('2026-10-24'), 2)).toBe('2026-10-26');
      expect(addDays(date('2026-10-26'), -2)).toBe('2026-10-24');
      expect(daysBetween(date('2026-10-24'), date('2026-10-26'))).toBe(2);
      expect(addDays(date('2026-10-01'), 42)).toBe('2026-11-12');
    });

    it('counts whole days over 28 March 2027 and both changes in one span', () => {
      expect(addDays(date('2027-03-01'), 42)).toBe('2027-04-12');
      expect(daysBetween(date('2027-03-27'), date('2027-03-29'))).toBe(2);
      expect(daysBetween(date('2026-03-01'), date('2027-04-01'))).toBe(396);
    });
  });
});

describe('dayOfWeek', () => {
  it('lists weekdays Monday first', () => {
    expect(WEEKDAYS).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
  });

  it.each([
    ['1970-01-01', 'thursday'],
    ['1969-12-31', 'wednesday'],
    ['1969-12-28', 'sunday'],
    ['2026-03-29', 'sunday'],
    ['2026-10-25', 'sunday'],
    ['2026-12-31', 'thursday'],
    ['2027-01-04', 'monday'],
    ['2028-02-29', 'tuesday'],
    ['2026-02-21', 'saturday'],
  ])('%s is a %s', (text, weekday) => {
    expect(dayOfWeek(date(text))).toBe(weekday);
  });
});

describe('compareDates', () => {
  it('orders dates chronologically across years and months', () => {
    const sorted = [date('2027-01-01'), date('2026-12-31'), date('2026-02-01'), date('2026-10-01')]
      .slice()
      .sort(compareDates);
    expect(sorted).toEqual(['2026-02-01', '2026-10-01', '2026-12-31', '2027-01-01']);
    expect(compareDates(date('2026-05-05'), date('2026-05-05'))).toBe(0);
    expect(compareDates(date('2026-05-05'), date('2026-05-06'))).toBeLessThan(0);
    expect(compareDates(date('2026-05-06'), date('2026-05-05'))).toBeGreaterThan(0);
  });
});

describe('todayInZone', () => {
  it.each([
    // Just after midnight UTC: the far-west zone is still on the previous day.
    ['2026-01-15T00:30:00Z', 'UTC', '2026-01-15'],
    ['2026-01-15T00:30:00Z', 'Europe/London', '2026-01-15'],
    ['2026-01-15T00:30:00Z', 'Pacific/Kiritimati', '2026-01-15'],
    ['2026-01-15T00:30:00Z', 'Pacific/Pago_Pago', '2026-01-14'],
    // Just before midnight UTC: the far-east zone is already on the next day.
    ['2026-01-15T23:30:00Z', 'UTC', '2026-01-15'],
    ['2026-01-15T23:30:00Z', 'Europe/London', '2026-01-15'],
    ['2026-01-15T23:30:00Z', 'Pacific/Kiritimati', '2026-01-16'],
    ['2026-01-15T23:30:00Z', 'Pacific/Pago_Pago', '2026-01-15'],
    // British Summer Time: London is an hour ahead of UTC.
    ['2026-07-01T23:30:00Z', 'Europe/London', '2026-07-02'],
    ['2026-07-01T22:30:00Z', 'Europe/London', '2026-07-01'],
    // Around the clock changes themselves.
    ['2026-03-28T23:30:00Z', 'Europe/London', '2026-03-28'],
    ['2026-03-29T23:30:00Z', 'Europe/London', '2026-03-30'],
    ['2026-10-24T23:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T23:30:00Z', 'Europe/London', '2026-10-25'],
    // New Year arrives first in Kiritimati.
    ['2026-12-31T10:00:00Z', 'Pacific/Kiritimati', '2027-01-01'],
    ['2026-12-31T10:00:00Z', 'Europe/London', '2026-12-31'],
    ['2027-01-01T10:00:00Z', 'Pacific/Pago_Pago', '2026-12-31'],
  ])('at %s in %s is %s', (instant, zone, expected) => {
    expect(todayInZone(zone, new Date(instant))).toBe(expected);
  });

  it('returns a parseable CalendarDate for the real clock', () => {
    const today = todayInZone('Europe/London');
    expect(parseCalendarDate(today)).toBe(today);
  });

  it('throws for an unknown zone instead of guessing', () => {
    expect(() => todayInZone('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
  });

  it('ignores process.env.TZ (the device zone)', () => {
    const original = process.env['TZ'];
    const instant = new Date('2026-07-01T23:30:00Z');
    const deviceDays = new Set<number>();
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo']) {
        process.env['TZ'] = zone;
        deviceDays.add(instant.getDate());
        expect(todayInZone('Europe/London', instant)).toBe('2026-07-02');
        expect(todayInZone('Pacific/Pago_Pago', instant)).toBe('2026-07-01');
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
    // Proves the device zone really changed between iterations (1 July vs 2 July locally).
    expect(deviceDays.size).toBeGreaterThan(1);
  });
});
