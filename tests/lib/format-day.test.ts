import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDay } from '~/lib/format-day';
import { addDays, todayInZone, type CalendarDate } from '~/calendar/calendar-date';

// Every day of two years, a leap day and both clock changes among them.
const DAYS = Array.from({ length: 731 }, (_, i) => addDays('2027-01-01' as CalendarDate, i));

describe('date formatters made once', () => {
  it('write every day the same way with and without its weekday', () => {
    for (const day of DAYS)
      expect(formatDay(day).endsWith(` ${formatCalendarDate(day)}`)).toBe(true);
    expect(formatCalendarDate('2028-02-29')).toBe('29 February 2028');
    expect(formatDay('2027-01-08' as CalendarDate)).toBe('Friday 8 January 2027');
  });

  it('read today in each zone it is asked for, zones asked in turn', () => {
    const now = new Date('2026-07-01T23:30:00Z');
    for (let turn = 0; turn < 2; turn += 1) {
      expect(todayInZone('Europe/London', now)).toBe('2026-07-02');
      expect(todayInZone('Pacific/Pago_Pago', now)).toBe('2026-07-01');
      expect(todayInZone('Pacific/Kiritimati', now)).toBe('2026-07-02');
      expect(todayInZone('UTC', now)).toBe('2026-07-01');
    }
  });

  it('throws for an unknown zone, every time it is asked', () => {
    expect(() => todayInZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => todayInZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
