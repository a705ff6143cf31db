import { z } from 'astro/zod';
import { needleDepths } from './depth';
import { sessionInterval } from './duration';
import { reviewDates, reviewInOrder } from './review';
import { requiredText, textList } from './text';

/** The schema of a treatment; `practitioner` is Astro's `reference('practitioners')` in the build. */
export const treatmentSchema = <Reference extends z.ZodType>(practitioner: Reference) =>
  z
    .strictObject({
      name: requiredText('name', 'Facial peel'),
      otherNames: z.array(requiredText('Each of otherNames', 'Skin needling')).default([]),
      summary: requiredText('summary', 'Tiny needles prompt your skin to make new collagen.').max(
        160,
        {
          error: 'summary must be one short line of at most 160 characters',
        },
      ),
      areas: textList('areas', 'Face'),
      concerns: textList('concerns', 'Scars'),
      needleDepths: needleDepths.optional(),
      sessionInterval,
      intervalReason: requiredText('intervalReason', 'This gives the skin time to recover fully.'),
      practitioners: z
        .array(practitioner, {
          error: 'practitioners must be a list of profile file names, for example [karen-evans]',
        })
        .min(1, { error: 'practitioners needs at least one name, for example [karen-evans]' }),
      ...reviewDates,
    })
    .superRefine(reviewInOrder);
