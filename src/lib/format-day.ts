import type { CalendarDate } from './calendar-date';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2027-01-08" → "Friday 8 January 2027"; read in UTC so the device's zone cannot move the day. */
export function formatDay(date: CalendarDate): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}
