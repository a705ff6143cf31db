import { describe, expect, it } from 'vitest';
import { formatCalendarDate as islandCalendarDate } from '~/lib/format-day';
import { formatCalendarDate, todayInZone } from '~/lib/page-dates';
import { addDays, todayInZone as islandToday, type CalendarDate } from '~/schemas/calendar-date';

// Every day of two years, a leap day and both clock changes among them.
const DAYS = Array.from({ length: 731 }, (_, i) => addDays('2027-01-01' as CalendarDate, i));
const ZONES = ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];

describe("the pages' date formatters", () => {
  it('write every day as the browser script does', () => {
    for (const day of DAYS) expect(formatCalendarDate(day)).toBe(islandCalendarDate(day));
    expect(formatCalendarDate('2028-02-29')).toBe('29 February 2028');
  });

  it('read today in each zone as the browser script does, turn after turn of the clock', () => {
    for (const zone of ZONES) {
      for (let hour = 0; hour < 24 * 10; hour += 5) {
        const now = new Date(Date.UTC(2026, 9, 20, hour, 30));
        expect(todayInZone(zone, now)).toBe(islandToday(zone, now));
      }
    }
    expect(todayInZone('Europe/London', new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayInZone('Pacific/Pago_Pago', new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-01');
  });

  it('throws for an unknown zone, every time it is asked', () => {
    expect(() => todayInZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => todayInZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
