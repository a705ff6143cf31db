import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real day in `YYYY-MM-DD` form (no 30 February). */
function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A date with no time of day, kept as `YYYY-MM-DD`. YAML turns an unquoted date into a midnight-UTC
 * `Date`; reading it back in UTC keeps the same day whatever the build machine's zone.
 */
export const calendarDate = (field: string) =>
  z
    .union([z.string(), z.date()], {
      error: `${field} must be a date written as year-month-day, for example 2026-12-24`,
    })
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine(isRealDate, {
      error: `${field} must be a real date written as year-month-day, for example 2026-12-24`,
    });

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** A day of the week, written in lower case as editors type it in YAML. */
export const weekday = z.enum(WEEKDAYS, {
  error: 'Days of the week must be written in full and in lower case, for example monday',
});

/** A list of working or opening days; no day twice. */
export const weekdays = (field: string) =>
  z
    .array(weekday, { error: `${field} must be a list of days, for example [monday, wednesday]` })
    .min(1, { error: `${field} needs at least one day, for example [monday]` })
    .refine((days) => new Set(days).size === days.length, {
      error: `${field} lists the same day twice`,
    });
