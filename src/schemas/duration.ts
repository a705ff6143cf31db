import { z } from 'astro/zod';

const wholeNumber = (field: string, example: number) =>
  z
    .number({ error: `${field} must be a whole number, for example ${example}` })
    .int({ error: `${field} must be a whole number, for example ${example}` })
    .nonnegative({ error: `${field} cannot be below 0, for example ${example}` });

/** A point in time after a session, such as 72 hours or 14 days. */
export const timeAfterSession = (field: string) =>
  z.strictObject(
    {
      value: wholeNumber(`${field}.value`, 72),
      unit: z.enum(['hours', 'days'], {
        error: `${field}.unit must be hours or days, for example unit: hours`,
      }),
    },
    { error: `${field} must give a value and a unit, for example { value: 72, unit: hours }` },
  );

export type TimeAfterSession = z.output<ReturnType<typeof timeAfterSession>>;

/** The time between two sessions of a treatment, read by the booking planner. */
export const sessionInterval = z.strictObject(
  {
    value: wholeNumber('sessionInterval.value', 6).min(1, {
      error: 'sessionInterval.value must be at least 1, for example 6',
    }),
    unit: z.enum(['days', 'weeks'], {
      error: 'sessionInterval.unit must be days or weeks, for example unit: weeks',
    }),
  },
  { error: 'sessionInterval must give a value and a unit, for example { value: 6, unit: weeks }' },
);
