import { z } from 'astro/zod';
import { WEEKDAYS, type Weekday } from '../calendar/calendar-date.ts';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';

/** A day's hours as 24-hour `HH:MM` times. */
export interface OpeningTimes {
  readonly opens: string;
  readonly closes: string;
}

export type OpeningHours = { readonly [Day in Weekday]?: OpeningTimes | undefined };

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)$/;

/** "10:00-18:00" → { opens: "10:00", closes: "18:00" }; undefined for anything else. */
export function parseOpeningTimes(text: string): OpeningTimes | undefined {
  const match = HOURS.exec(text.trim());
  if (!match) return undefined;
  const [, openHour, openMinute, closeHour, closeMinute] = match;
  return { opens: `${openHour}:${openMinute}`, closes: `${closeHour}:${closeMinute}` };
}

/** The days the clinic opens, Monday first: a day with no hours is a closed day. */
export function openDays(hours: OpeningHours): Weekday[] {
  return WEEKDAYS.filter((day) => hours[day] !== undefined);
}

const HOURS_EXAMPLE = 'tuesday: 10:00-18:00';

const dayHours = (day: Weekday) =>
  described(z.string(), {
    label: `The opening hours on ${day}`,
    example: `${day}: 10:00-18:00`,
    shouldBe: 'two times joined by a dash',
  })
    .transform((text, context) => {
      const times = parseOpeningTimes(text);
      if (!times) {
        context.addIssue({
          code: 'custom',
          message: withExample(
            `The opening hours on ${day} must be two 24-hour times with two digits each, joined by a dash.`,
            `${day}: 09:00-17:00`,
          ),
        });
        return z.NEVER;
      }
      if (times.closes <= times.opens) {
        context.addIssue({
          code: 'custom',
          message: withExample(
            `On ${day} the closing time must be later than the opening time.`,
            `${day}: 10:00-18:00`,
          ),
        });
        return z.NEVER;
      }
      return times;
    })
    .optional();

/** The clinic's hours, one line a day; a day left out is a closed day. */
export const openingHours = fieldGroup(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours(day)])) as {
    [Day in Weekday]: ReturnType<typeof dayHours>;
  },
  {
    label: "The clinic's opening hours",
    shouldBe: 'one line a day, each indented under openingHours:',
    where: 'openingHours',
    example: `openingHours:\n  ${HOURS_EXAMPLE}`,
  },
).refine((hours) => Object.values(hours).some((times) => times !== undefined), {
  // A misspelt day is already reported; "no days" on top of it would only confuse.
  when: ({ issues }) => issues.length === 0,
  error: withExample("The clinic's opening hours need at least one day.", HOURS_EXAMPLE),
});
