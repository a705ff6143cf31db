import { z } from 'astro/zod';
import { reviewDates, reviewInOrder } from './review';
import { requiredText } from './text';

const step = z.strictObject(
  {
    title: requiredText('Each step title (steps.title)', 'Cleansing'),
    detail: requiredText('Each step detail (steps.detail)', 'Your skin is cleansed twice.'),
    preparation: z
      .boolean({ error: 'steps.preparation must be true or false, for example preparation: true' })
      .default(false),
  },
  { error: 'Each step needs a title and a detail, for example { title: Cleansing, detail: ... }' },
);

/** A treatment's procedure; steps are shown numbered in the order they are written. */
export const procedureSchema = <Reference extends z.ZodType>(treatment: Reference) =>
  z
    .strictObject({
      treatment,
      title: requiredText('title', 'What happens during a session'),
      description: requiredText('description', 'The steps of a session, in order.'),
      steps: z
        .array(step, { error: 'steps must be a list of steps' })
        .min(2, { error: 'steps needs at least two steps' }),
      ...reviewDates,
    })
    .superRefine(reviewInOrder);
