/** Days of the week in ISO order (Monday first), spelled as content files write them. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

declare const calendarDateBrand: unique symbol;

/**
 * A day as `YYYY-MM-DD` (years 0100–9999), with no time or zone attached.
 * Branded so only `parseCalendarDate` and the arithmetic below can produce one.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const MS_PER_DAY = 86_400_000;

// UTC midnights are exactly MS_PER_DAY apart (no DST), so day numbers are exact integers.
function toDayNumber(date: CalendarDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
}

/** Accepts only a real `YYYY-MM-DD` day; anything else (2026-02-30, 27/11/2026, '') is undefined. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const candidate = text as CalendarDate;
  // Date.UTC rolls 2026-02-30 over to March and maps years 0–99 to 19xx; a round trip rejects both.
  return fromDayNumber(toDayNumber(candidate)) === text ? candidate : undefined;
}

/** The date `days` whole days later (earlier when negative), immune to clock changes. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (`to - from`): negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The weekday of a date, independent of any time zone. */
export function dayOfWeek(date: CalendarDate): Weekday {
  // Day 0 (1970-01-01) was a Thursday, index 3 in WEEKDAYS; +10 keeps pre-1970 remainders positive.
  return WEEKDAYS[((toDayNumber(date) % 7) + 10) % 7] as Weekday;
}

/** Sort comparator: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Fixed-width YYYY-MM-DD strings sort lexically in date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

// One formatter a zone: a build asks for today on every page.
const dayInZone = new Map<string, Intl.DateTimeFormat>();

/** Today's date on the clinic's wall calendar (IANA zone), whatever zone the device is set to. */
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
  const parts = format.formatToParts(now);
  // Read parts by type rather than trusting the locale's separator and order.
  const { year, month, day } = Object.fromEntries(parts.map(({ type, value }) => [type, value]));
  return `${year}-${month}-${day}` as CalendarDate;
}
