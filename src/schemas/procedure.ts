import { z } from 'astro/zod';
import { belongsToTreatment } from './file-name.ts';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { reviewDates, reviewInOrder } from './review.ts';
import { listOf, NAME, PARAGRAPH, requiredText, SHORT_PARAGRAPH } from './text.ts';

const STEPS_EXAMPLE = [
  'steps:',
  '  - title: Cleansing',
  '    detail: Your skin is cleansed twice.',
  '  - title: Rolling',
  '    detail: The roller is passed over your skin.',
].join('\n');

const step = fieldGroup(
  {
    title: requiredText("Each step's title", 'title: Cleansing', NAME),
    detail: requiredText(
      'The detail of each step (what happens in it)',
      'detail: Your skin is cleansed twice.',
      PARAGRAPH,
    ),
    preparation: described(z.boolean(), {
      label: 'Whether this step gets the skin ready for the treatment',
      example: 'preparation: true',
      shouldBe: 'true or false',
    }).default(false),
  },
  {
    label: 'Each step',
    shouldBe: 'a group with a title and a detail',
    where: 'each step',
    example: STEPS_EXAMPLE,
  },
);

/** A treatment's procedure; steps are shown numbered in the order they are written. */
export const procedureSchema = <Reference extends z.ZodType<unknown, string>>(
  treatment: Reference,
) =>
  fieldGroup(
    {
      treatment: belongsToTreatment(treatment),
      title: requiredText('The page title', 'title: What happens during a facial peel', NAME),
      description: requiredText(
        'The short description shown by search engines',
        'description: The steps of a session, in order.',
        SHORT_PARAGRAPH,
      ),
      steps: listOf(step, 30, {
        label: 'The steps of a session',
        example: STEPS_EXAMPLE,
        shouldBe: 'a list of steps',
        ownWords: { tooFew: 'A session needs at least two steps.' },
      }).min(2),
      ...reviewDates,
    },
    {
      label: 'The procedure file',
      shouldBe: 'a list of fields between two lines of ---',
      where: 'this file',
      example: 'treatment: facial-peel',
    },
  ).superRefine(reviewInOrder);
