import { z } from 'astro/zod';
import { reviewDates, reviewInOrder } from './review';
import { requiredText } from './text';
import { timeline } from './timeline';

/** Aftercare for a treatment: the stages after a session, in order. */
export const aftercareSchema = <Reference extends z.ZodType>(treatment: Reference) =>
  z
    .strictObject({
      treatment,
      title: requiredText('title', 'Aftercare for a facial peel'),
      description: requiredText('description', 'What your skin will do and how to look after it.'),
      timeline,
      ...reviewDates,
    })
    .superRefine(reviewInOrder);
