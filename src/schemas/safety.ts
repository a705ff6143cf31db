import { z } from 'astro/zod';
import { described } from './error-map.ts';
import { LINE, PARAGRAPH, requiredText, requiredTextList } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const AGE_EXAMPLE = 'minimumAge: 18';
const AGE_RANGE =
  'The youngest age the clinic treats must be a whole number of years from 1 to 99.';

/**
 * What UK public health pages and advertising rules expect a cosmetic treatment page to say. All
 * optional: only the clinic can supply them, and the content check warns while one is missing.
 */
export const safetyFields = {
  consultation: requiredText(
    'What happens at the consultation before a first session',
    'consultation: Before your first session we talk about your skin and your medical history.',
    PARAGRAPH,
  ).optional(),
  notSuitableFor: leftOutWhenEmpty(
    requiredTextList(
      'Who the treatment is not suitable for',
      'Each person or condition',
      'notSuitableFor: [people with active acne, people who are pregnant]',
      { item: LINE, most: 30 },
    ),
  ),
  risks: leftOutWhenEmpty(
    requiredTextList(
      'The side effects and risks of the treatment',
      'Each side effect or risk',
      'risks: [redness for a few days, swelling]',
      { item: LINE, most: 30 },
    ),
  ),
  minimumAge: described(z.int().min(1).max(99), {
    label: 'The youngest age the clinic treats',
    example: AGE_EXAMPLE,
    shouldBe: 'a whole number of years',
    unit: { advice: 'An age is always in years, so write the number only.' },
    ownWords: {
      notWhole: 'The youngest age the clinic treats must be a whole number of years.',
      outOfRange: AGE_RANGE,
    },
  }).optional(),
};

/**
 * What to add for each missing safety field, as lines of the treatment's file. Each value is a
 * `[Write ...]` placeholder that the schemas refuse, so an example copied as it is can never be
 * published as a fact: only the clinic's own words and number can replace it.
 */
export const SAFETY_PLACEHOLDERS = {
  consultation:
    "consultation: '[Write what happens at the consultation, in the words of the clinic]'",
  notSuitableFor:
    "notSuitableFor:\n  - '[Write each group of people on its own line, in the words of the clinic]'",
  risks:
    "risks:\n  - '[Write each side effect or risk on its own line, in the words of the clinic]'",
  minimumAge:
    "minimumAge: '[Write the youngest age the clinic treats, once the clinic decides it]'",
} satisfies Record<keyof typeof safetyFields, string>;

/** The names of the safety fields, in the order the content check lists missing ones. */
export const SAFETY_FIELDS = Object.keys(safetyFields) as (keyof typeof safetyFields)[];
