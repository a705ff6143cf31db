import { z } from 'astro/zod';
import { closure, CLOSURES_EXAMPLE } from './closure.ts';
import { contact } from './contact.ts';
import { weekdays } from './date-fields.ts';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';
import { openingHours } from './opening-hours.ts';
import { listOf, NAME, requiredText, SHORT_PARAGRAPH } from './text.ts';
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

const READING_AGE_EXAMPLE = 'readingAge: 16';
const READING_AGE_RANGE = 'The reading age must be a whole number of years from 9 to 18.';

/** The clinic's own settings, read by every page and by the booking planner. */
export const siteSchema = fieldGroup(
  {
    clinicName: requiredText("The clinic's name", 'clinicName: The Skin Clinic', NAME),
    url: webAddress("The site's full web address", 'url: https://www.example.com', {
      pathAllowed: false,
    }),
    locale: described(z.literal('en-GB'), {
      label: "The site's language",
      example: 'locale: en-GB',
      shouldBe: 'en-GB (British English)',
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
    readingAge: described(z.int().min(9).max(18), {
      label: 'The reading age the page text is written for',
      example: READING_AGE_EXAMPLE,
      shouldBe: 'a whole number of years',
      unit: { advice: 'An age is always in years, so write the number only.' },
      ownWords: { outOfRange: READING_AGE_RANGE },
    }).optional(),
    closures: listOf(closure, 100, {
      label: 'The days the clinic is closed',
      example: CLOSURES_EXAMPLE,
      shouldBe: 'a list of dates',
    })
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
