import { z } from 'astro/zod';
import { closure, CLOSURES_EXAMPLE } from './closure.ts';
import { contact } from './contact.ts';
import { weekdays } from './date-fields.ts';
import { fieldGroup, withExample, wrongValue } from './messages.ts';
import { openingHours } from './opening-hours.ts';
import { atMost, NAME, requiredText, SHORT_PARAGRAPH } from './text.ts';
import { webAddress } from './web-address.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The clinic's own settings, read by every page and by the booking planner. */
export const siteSchema = fieldGroup(
  {
    clinicName: requiredText("The clinic's name", 'clinicName: The Skin Clinic', NAME),
    url: webAddress("The site's full web address", 'url: https://www.example.com', {
      pathAllowed: false,
    }),
    locale: z.literal('en-GB', {
      error: wrongValue("The site's language", 'en-GB (British English)', 'locale: en-GB'),
    }),
    timeZone: requiredText("The clinic's time zone", 'timeZone: Europe/London', NAME).refine(
      isTimeZone,
      {
        error: withExample(
          "The clinic's time zone must be a time zone name.",
          'timeZone: Europe/London',
        ),
      },
    ),
    contact: leftOutWhenEmpty(contact),
    /** The planner gives advice only in the clinic's words, so this stays out until it gives some. */
    adviceAfterAYear: requiredText(
      'What the booking planner says when the last session was more than a year ago',
      'adviceAfterAYear: Please book a consultation before your next session.',
      SHORT_PARAGRAPH,
    ).optional(),
    openingHours: leftOutWhenEmpty(openingHours),
    openingDays: leftOutWhenEmpty(
      weekdays(
        'The days the clinic is open',
        'openingDays: [monday, tuesday, wednesday, thursday, friday]',
      ),
    ),
    closures: atMost(
      z.array(closure, {
        error: wrongValue('The days the clinic is closed', 'a list of dates', CLOSURES_EXAMPLE),
      }),
      'The days the clinic is closed',
      100,
      CLOSURES_EXAMPLE,
    )
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
              message: withExample(
                'A closure must end on or after the day it starts.',
                '{ from: 2026-12-24, to: 2026-12-27 }',
              ),
            });
          }
        });
      }),
  },
  {
    label: 'content/site.yaml',
    shouldBe: 'a list of settings, one a line',
    where: 'content/site.yaml',
    example: 'clinicName: The Skin Clinic',
  },
).refine((site) => !(site.openingDays && site.openingHours), {
  path: ['openingDays'],
  error: withExample(
    'Give openingHours or openingDays, not both: the days in openingHours are the days the clinic is open.',
    'delete the openingDays line and keep openingHours',
  ),
});

export type SiteSettings = z.output<typeof siteSchema>;
