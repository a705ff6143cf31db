import { z } from 'astro/zod';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';
import { unitChoice } from './number-with-unit.ts';

const wholeNumber = (label: string, example: string, units: readonly string[]) =>
  described(z.number().int().nonnegative(), {
    label,
    example,
    shouldBe: 'a whole number written in figures',
    unit: {
      advice: `Write the number here, and ${units.join(' or ')} on the unit line below it.`,
      unitLine: unitChoice(units),
    },
  });

/**
 * The most of each unit a time may be. Dates are worked out from these numbers; a number far beyond
 * any treatment's (value: 1e9) would make a date past the end of the calendar.
 */
function mostOf<Unit extends string>(
  most: Readonly<Record<Unit, number>>,
  label: string,
  example: string,
) {
  const limits = Object.entries<number>(most)
    .map(([unit, number]) => `${number.toLocaleString('en-GB')} ${unit}`)
    .join(' or ');
  return (time: { value: number; unit: Unit }, context: z.RefinementCtx) => {
    if (time.value > most[time.unit]) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: withExample(`${label} can be at most ${limits}.`, example),
      });
    }
  };
}

/** A point in time after a session, such as 72 hours or 14 days; `what` is "the start of a stage". */
export const timeAfterSession = (what: string, example: string) =>
  fieldGroup(
    {
      value: wholeNumber(`The number of hours or days for ${what}`, 'value: 72', ['hours', 'days']),
      unit: described(z.enum(['hours', 'days']), {
        label: `The unit of ${what}`,
        example: 'unit: hours',
        shouldBe: 'hours or days',
      }),
    },
    {
      label: `${what.charAt(0).toUpperCase()}${what.slice(1)}`,
      shouldBe: 'a value and a unit, counted from the session',
      where: what,
      example,
    },
  ).superRefine(
    // Aftercare lasts a year at the most.
    mostOf({ hours: 8760, days: 365 }, `The number of hours or days for ${what}`, 'value: 72'),
  );

/** The time between two sessions of a treatment, read by the booking planner. */
export const sessionInterval = fieldGroup(
  {
    value: wholeNumber('The number of days or weeks between two sessions', 'value: 6', [
      'days',
      'weeks',
    ]).min(1),
    unit: described(z.enum(['days', 'weeks']), {
      label: 'The unit of the time between two sessions',
      example: 'unit: weeks',
      shouldBe: 'days or weeks',
    }),
  },
  {
    label: 'The time between two sessions',
    shouldBe: 'a value and a unit',
    where: 'sessionInterval',
    example: 'sessionInterval: { value: 6, unit: weeks }',
  },
).superRefine(
  // A year at the most: the planner books the next session from it.
  mostOf({ days: 365, weeks: 52 }, 'The number of days or weeks between two sessions', 'value: 6'),
);
