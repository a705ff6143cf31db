import type { z } from 'astro/zod';
import { belongsToTreatment } from './file-name.ts';
import { fieldGroup } from './field-group.ts';
import { reviewDates, reviewInOrder } from './review.ts';
import { NAME, requiredText, SHORT_PARAGRAPH } from './text.ts';
import { timeline } from './timeline.ts';

/** Aftercare for a treatment: the stages after a session, in order. */
export const aftercareSchema = <Reference extends z.ZodType<unknown, string>>(
  treatment: Reference,
) =>
  fieldGroup(
    {
      treatment: belongsToTreatment(treatment),
      title: requiredText('The page title', 'title: Aftercare for a facial peel', NAME),
      description: requiredText(
        'The short description shown by search engines',
        'description: What your skin will do and how to look after it.',
        SHORT_PARAGRAPH,
      ),
      timeline,
      ...reviewDates,
    },
    {
      label: 'The aftercare file',
      shouldBe: 'a list of fields between two lines of ---',
      where: 'this file',
      example: 'treatment: facial-peel',
    },
  ).superRefine(reviewInOrder);
