import type { CalendarDate } from '../calendar/calendar-date.ts';

// Read in UTC so the device's zone cannot move the day; made once, because a build formats
// thousands of dates and making a formatter costs far more than using one.
const weekdayAndDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
// Marked pure so that a bundle using only formatDay, such as the planner's, leaves this one out.
const dateOnly = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const atMidnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "2027-01-08" → "Friday 8 January 2027". */
export function formatDay(date: CalendarDate): string {
  return weekdayAndDate.format(atMidnightUtc(date)).replace(',', '');
}

/** "2026-11-27" → "27 November 2026". */
export function formatCalendarDate(date: string): string {
  return dateOnly.format(atMidnightUtc(date)).replace(',', '');
}
