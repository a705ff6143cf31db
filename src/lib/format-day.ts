import type { CalendarDate } from '~/schemas/calendar-date';

/** A calendar date in British English, read in UTC so the device's zone cannot move the day. */
function formatInUtc(date: string, options: Intl.DateTimeFormatOptions): string {
  const format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}

/** "2027-01-08" → "Friday 8 January 2027". */
export function formatDay(date: CalendarDate): string {
  return formatInUtc(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "2026-11-27" → "27 November 2026". */
export function formatCalendarDate(date: string): string {
  return formatInUtc(date, { day: 'numeric', month: 'long', year: 'numeric' });
}
