import { z } from 'astro/zod';
import { parseCalendarDate, WEEKDAYS } from './calendar-date.ts';
import { placeholderProblem, withExample, wrongValue } from './messages.ts';
import { isPlaceholder } from './placeholder.ts';
import { asYearMonthDay } from './written-dates.ts';

const DATE_IN_EXAMPLE = /\d{4}-\d{2}-\d{2}/;

/**
 * The message for text that is not a `YYYY-MM-DD` day. A date written another way (31/12/2026) is
 * shown rewritten, in the example too, so the editor can copy their own date back.
 */
export function notADate(label: string, example: string, written: unknown): string {
  if (isPlaceholder(written)) return withExample(placeholderProblem(label), example);
  const text = typeof written === 'string' ? written.trim() : '';
  const meant = asYearMonthDay(text);
  if (meant === undefined) {
    return withExample(`${label} must be a real date written as year-month-day.`, example);
  }
  return withExample(
    `${label} must be written as year-month-day: ${text} is written ${meant}.`,
    example.replace(DATE_IN_EXAMPLE, meant),
  );
}

/**
 * A date with no time of day, kept as `YYYY-MM-DD`. YAML turns an unquoted date into a midnight-UTC
 * `Date`; reading it back in UTC keeps the same day whatever the build machine's zone.
 */
export const calendarDate = (label: string, example: string) =>
  z
    .union([z.string(), z.date()], {
      error: wrongValue(label, 'a date written as year-month-day', example),
    })
    .transform((value, context) => {
      // A time after the date (`2026-11-27T25:00:00Z`) reaches here as a Date that is not midnight
      // UTC; its day would move with the time and its zone, so only the day itself is taken.
      if (value instanceof Date && value.toISOString().slice(10) !== 'T00:00:00.000Z') {
        context.addIssue({
          code: 'custom',
          message: withExample(`${label} must be a date only, with no time of day.`, example),
        });
        return z.NEVER;
      }
      const date = parseCalendarDate(
        value instanceof Date ? value.toISOString().slice(0, 10) : value.trim(),
      );
      if (date) return date;
      context.addIssue({ code: 'custom', message: notADate(label, example, value) });
      return z.NEVER;
    });

/** A list of days of the week, written in lower case as editors type them in YAML; no day twice. */
export const weekdays = (label: string, example: string) =>
  z
    .array(
      z.enum(WEEKDAYS, {
        error: wrongValue(
          'Each day',
          'a day of the week written in full and in lower case',
          example,
        ),
      }),
      { error: wrongValue(label, 'a list of days', example) },
    )
    .min(1, { error: withExample(`${label} needs at least one day.`, example) })
    .refine((days) => new Set(days).size === days.length, {
      error: withExample(`${label} lists the same day twice.`, example),
    });
