import { z } from 'astro/zod';
import { calendarDate, weekdays } from './calendar-date';
import { requiredText } from './text';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const closure = z.union(
  [
    calendarDate('Each closure date'),
    z.strictObject({
      from: calendarDate('closures.from'),
      to: calendarDate('closures.to'),
    }),
  ],
  {
    error:
      'Each closure is a date like 2026-12-25 or a range like { from: 2026-12-24, to: 2026-12-27 }',
  },
);

/** The clinic's own settings, read by every page and by the booking planner. */
export const siteSchema = z.strictObject({
  clinicName: requiredText('clinicName', 'The Skin Clinic'),
  url: z.url({
    error: 'url must be the full web address of the site, for example https://www.example.com',
  }),
  locale: z.literal('en-GB', { error: 'locale must be en-GB' }),
  timeZone: requiredText('timeZone', 'Europe/London').refine(isTimeZone, {
    error: 'timeZone must be a time zone name, for example Europe/London',
  }),
  openingDays: weekdays('openingDays').optional(),
  closures: z
    .array(closure, { error: 'closures must be a list of dates, for example [2026-12-25]' })
    .default([])
    .transform((list) =>
      list.map((entry) => (typeof entry === 'string' ? { from: entry, to: entry } : entry)),
    )
    .superRefine((list, context) => {
      list.forEach((range, index) => {
        if (range.to < range.from) {
          context.addIssue({
            code: 'custom',
            path: [index, 'to'],
            message: `A closure must end on or after it starts, for example { from: 2026-12-24, to: 2026-12-27 }`,
          });
        }
      });
    }),
});

export type SiteSettings = z.output<typeof siteSchema>;
