import { z } from 'astro/zod';
import { calendarDate } from './date-fields.ts';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { found } from './field-help.ts';

export const CLOSURES_EXAMPLE = 'closures: [2026-12-25, { from: 2026-12-31, to: 2027-01-02 }]';

const day = calendarDate('Each closure date', 'closures: [2026-12-25]');

export const closureRange = fieldGroup(
  {
    from: calendarDate('The first day of a closure', 'from: 2026-12-24'),
    to: calendarDate('The last day of a closure', 'to: 2026-12-27'),
  },
  {
    label: 'Each closure',
    shouldBe: 'a date or a range with from and to',
    where: 'a closure',
    example: CLOSURES_EXAMPLE,
  },
);

const isGroup = (value: unknown) =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);

const isDay = (value: unknown) =>
  value === undefined || value === null || typeof value === 'string' || value instanceof Date;

const schemaFor = (value: unknown) =>
  isGroup(value) ? closureRange : isDay(value) ? day : undefined;

/**
 * One day the clinic is closed, or a range of days. Text or a date is checked as one day and a group
 * as a range, each by its own rules, so the editor hears about the date they typed, not that "a
 * closure must be a date or a range".
 */
export const closure = described(z.unknown(), {
  label: 'Each closure',
  example: CLOSURES_EXAMPLE,
  shouldBe: 'a date or a range of dates',
})
  .superRefine((value, context) => {
    const schema = schemaFor(value);
    if (!schema) {
      context.addIssue({ code: 'custom', params: found('wrongKind'), input: value });
      return;
    }
    const result = schema.safeParse(value);
    for (const { message, path } of result.error?.issues ?? []) {
      context.addIssue({ code: 'custom', message, path });
    }
  })
  .transform((value) => schemaFor(value)!.parse(value));
