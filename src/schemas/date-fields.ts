import { z } from 'astro/zod';
import { parseCalendarDate, WEEKDAYS } from '../calendar/calendar-date.ts';
import { described } from './error-map.ts';
import { found } from './field-help.ts';

// A time after the date (`2026-11-27T25:00:00Z`) reaches here as a Date that is not midnight UTC;
// its day would move with the time and its zone, so only the day itself is taken.
const hasTimeOfDay = (value: string | Date) =>
  value instanceof Date && value.toISOString().slice(10) !== 'T00:00:00.000Z';

const dayOf = (value: string | Date) =>
  parseCalendarDate(value instanceof Date ? value.toISOString().slice(0, 10) : value.trim());

/**
 * A date with no time of day, kept as `YYYY-MM-DD`. YAML turns an unquoted date into a midnight-UTC
 * `Date`; reading it back in UTC keeps the same day whatever the build machine's zone.
 */
export const calendarDate = (label: string, example: string) =>
  described(z.union([z.string(), z.date()]), {
    label,
    example,
    shouldBe: 'a date written as year-month-day',
  })
    .refine((value) => !hasTimeOfDay(value), { params: found('timeOfDay'), abort: true })
    .refine((value) => dayOf(value) !== undefined, { params: found('notADate'), abort: true })
    .transform((value) => dayOf(value)!);

/** A list of days of the week, written in lower case as editors type them in YAML; no day twice. */
export const weekdays = (label: string, example: string) =>
  described(
    z
      .array(
        described(z.enum(WEEKDAYS), {
          label: 'Each day',
          example,
          shouldBe: 'a day of the week written in full and in lower case',
        }),
      )
      .min(1)
      .refine((days) => new Set(days).size === days.length, { params: found('repeated') }),
    { label, example, shouldBe: 'a list of days', item: 'day' },
  );
