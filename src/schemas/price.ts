import { z } from 'astro/zod';
import { isPlaceholder } from './placeholder.ts';
import { fieldGroup, withExample, wrongNumber } from './messages.ts';
import { SHORT_PARAGRAPH, requiredText } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

/** The most a price may be: far above any treatment's, low enough to catch a slip of the keys. */
const MOST_POUNDS = 100_000;

const inPounds = (label: string, example: string) =>
  z
    .number({
      error: (issue) => {
        const { input } = issue;
        // "£120" is a number to an editor: say where the £ went, not that it is not a number.
        if (typeof input === 'string' && !isPlaceholder(input) && /^\s*£/.test(input)) {
          return withExample(
            `${label} must be the number of pounds alone, with no £ sign: the site adds it.`,
            example,
          );
        }
        return wrongNumber(label, 'a number of pounds', example, {
          advice: 'Prices are always in pounds, so write the number only.',
        })(issue);
      },
    })
    .positive({ error: withExample(`${label} must be more than 0.`, example) })
    .max(MOST_POUNDS, {
      error: withExample(
        `${label} can be at most ${MOST_POUNDS.toLocaleString('en-GB')} pounds.`,
        example,
      ),
    })
    .refine((pounds) => Math.abs(pounds * 100 - Math.round(pounds * 100)) < 1e-6, {
      error: withExample(`${label} can have at most two figures after the point.`, example),
    });

const PRICE_EXAMPLE = 'price:\n  perSession: 150';
const COURSE_EXAMPLE = 'courseSessions: 3';

/** What a session, or a course of sessions, costs, and what the price includes. */
export const price = fieldGroup(
  {
    perSession: inPounds('The price of one session', 'perSession: 150').optional(),
    perCourse: inPounds('The price of a course of sessions', 'perCourse: 400').optional(),
    courseSessions: z
      .int({
        error: wrongNumber('The number of sessions in a course', 'a whole number', COURSE_EXAMPLE, {
          advice: 'Write the number of sessions only.',
        }),
      })
      .min(2, { error: withExample('A course has at least 2 sessions.', COURSE_EXAMPLE) })
      .max(50, { error: withExample('A course has at most 50 sessions.', COURSE_EXAMPLE) })
      .optional(),
    includes: requiredText(
      'What the price includes',
      'includes: The consultation and an aftercare cream.',
      SHORT_PARAGRAPH,
    ).optional(),
  },
  {
    label: 'The price',
    shouldBe: 'a group of fields, each on its own line under price:, indented',
    where: 'price',
    example: PRICE_EXAMPLE,
  },
)
  .refine((given) => given.perSession !== undefined || given.perCourse !== undefined, {
    error: withExample(
      'The price needs perSession, perCourse or both: what includes says needs a price to go with.',
      PRICE_EXAMPLE,
    ),
    path: ['perSession'],
  })
  .refine((given) => given.perCourse === undefined || given.courseSessions !== undefined, {
    error: withExample(
      'A course price needs courseSessions: how many sessions the course is.',
      COURSE_EXAMPLE,
    ),
    path: ['courseSessions'],
  })
  .refine((given) => given.courseSessions === undefined || given.perCourse !== undefined, {
    error: withExample(
      'courseSessions only says something beside a course price: add perCourse, or delete courseSessions.',
      'perCourse: 400',
    ),
    path: ['perCourse'],
  });

export type Price = z.output<typeof price>;

/** The price field of a treatment: left out until the clinic gives its prices. */
export const priceField = leftOutWhenEmpty(price);
