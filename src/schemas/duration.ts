import { z } from 'astro/zod';
import { fieldGroup, withExample, wrongNumber, wrongValue } from './messages.ts';
import { unitChoice } from './number-with-unit.ts';

const wholeNumber = (label: string, example: string, units: readonly string[]) =>
  z
    .number({
      error: wrongNumber(label, 'a whole number written in figures', example, {
        advice: `Write the number here, and ${units.join(' or ')} on the unit line below it.`,
        unitLine: unitChoice(units),
      }),
    })
    .int({ error: withExample(`${label} must be a whole number.`, example) })
    .nonnegative({ error: withExample(`${label} cannot be below 0.`, example) });

/** A point in time after a session, such as 72 hours or 14 days; `what` is "the start of a stage". */
export const timeAfterSession = (what: string, example: string) =>
  fieldGroup(
    {
      value: wholeNumber(`The number of hours or days for ${what}`, 'value: 72', ['hours', 'days']),
      unit: z.enum(['hours', 'days'], {
        error: wrongValue(`The unit of ${what}`, 'hours or days', 'unit: hours'),
      }),
    },
    {
      label: `${what.charAt(0).toUpperCase()}${what.slice(1)}`,
      shouldBe: 'a value and a unit, counted from the session',
      where: what,
      example,
    },
  );

/** The time between two sessions of a treatment, read by the booking planner. */
export const sessionInterval = fieldGroup(
  {
    value: wholeNumber('The number of days or weeks between two sessions', 'value: 6', [
      'days',
      'weeks',
    ]).min(1, {
      error: withExample(
        'The number of days or weeks between two sessions must be at least 1.',
        'value: 6',
      ),
    }),
    unit: z.enum(['days', 'weeks'], {
      error: wrongValue(
        'The unit of the time between two sessions',
        'days or weeks',
        'unit: weeks',
      ),
    }),
  },
  {
    label: 'The time between two sessions',
    shouldBe: 'a value and a unit',
    where: 'sessionInterval',
    example: 'sessionInterval: { value: 6, unit: weeks }',
  },
);
