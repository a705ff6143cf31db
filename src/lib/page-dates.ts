/**
 * Dates as the pages show them at build time, with each `Intl` formatter made once rather than for
 * every date: a build formats thousands of dates, and making a formatter costs far more than using
 * one. They give the same text as `formatCalendarDate` in `format-day.ts` and `todayInZone` in
 * `calendar-date.ts`, which the planner's browser script bundles; those stay as they are, because
 * any change to them changes that script and so every page that links it.
 */
import type { CalendarDate } from '~/schemas/calendar-date';

const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-27" → "27 November 2026", read in UTC so the build machine's zone cannot move the day. */
export function formatCalendarDate(date: string): string {
  return calendarDate.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}

const dayInZone = new Map<string, Intl.DateTimeFormat>();

/** Today's date on the clinic's wall calendar (IANA zone), whatever zone the build machine is in. */
export function todayInZone(timeZone: string, now: Date = new Date()): CalendarDate {
  let format = dayInZone.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayInZone.set(timeZone, format);
  }
  // Read parts by type rather than trusting the locale's separator and order.
  const { year, month, day } = Object.fromEntries(
    format.formatToParts(now).map(({ type, value }) => [type, value]),
  );
  return `${year}-${month}-${day}` as CalendarDate;
}
