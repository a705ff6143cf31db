import { z } from 'astro/zod';
import { withExample, wrongNumber } from './messages';
import { requiredText, requiredTextList } from './text';
import { leftOutWhenEmpty } from './left-out-when-empty';

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
  ).optional(),
  notSuitableFor: leftOutWhenEmpty(
    requiredTextList(
      'Who the treatment is not suitable for',
      'Each person or condition',
      'notSuitableFor: [people with active acne, people who are pregnant]',
    ),
  ),
  risks: leftOutWhenEmpty(
    requiredTextList(
      'The side effects and risks of the treatment',
      'Each side effect or risk',
      'risks: [redness for a few days, swelling]',
    ),
  ),
  minimumAge: z
    .int({
      error: wrongNumber(
        'The youngest age the clinic treats',
        'a whole number of years',
        AGE_EXAMPLE,
        { advice: 'An age is always in years, so write the number only.' },
      ),
    })
    .min(1, { error: withExample(AGE_RANGE, AGE_EXAMPLE) })
    .max(99, { error: withExample(AGE_RANGE, AGE_EXAMPLE) })
    .optional(),
};

/** The names of the safety fields, in the order the content check lists missing ones. */
export const SAFETY_FIELDS = Object.keys(safetyFields) as (keyof typeof safetyFields)[];
