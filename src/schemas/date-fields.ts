import { z } from 'astro/zod';
import { parseCalendarDate, WEEKDAYS } from './calendar-date';
import { placeholderProblem, withExample, wrongValue } from './messages';
import { isPlaceholder } from './placeholder';

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
      const date = parseCalendarDate(
        value instanceof Date ? value.toISOString().slice(0, 10) : value.trim(),
      );
      if (date) return date;
      context.addIssue({
        code: 'custom',
        message: withExample(
          isPlaceholder(value)
            ? placeholderProblem(label)
            : `${label} must be a real date written as year-month-day.`,
          example,
        ),
      });
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
