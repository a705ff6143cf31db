import { z } from 'astro/zod';
import { parseCalendarDate, WEEKDAYS } from '../lib/calendar-date';

/**
 * A date with no time of day, kept as `YYYY-MM-DD`. YAML turns an unquoted date into a midnight-UTC
 * `Date`; reading it back in UTC keeps the same day whatever the build machine's zone.
 */
export const calendarDate = (field: string) =>
  z
    .union([z.string(), z.date()], {
      error: `${field} must be a date written as year-month-day, for example 2026-12-24`,
    })
    .transform((value, context) => {
      const date = parseCalendarDate(
        value instanceof Date ? value.toISOString().slice(0, 10) : value.trim(),
      );
      if (date) return date;
      context.addIssue({
        code: 'custom',
        message: `${field} must be a real date written as year-month-day, for example 2026-12-24`,
      });
      return z.NEVER;
    });

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
