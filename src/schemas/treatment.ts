import { z } from 'astro/zod';
import { needleDepths } from './depth.ts';
import { sessionInterval } from './duration.ts';
import { fileNameOf } from './file-name.ts';
import { fieldGroup, withExample, wrongValue } from './messages.ts';
import { reviewDates, reviewInOrder } from './review.ts';
import { safetyFields } from './safety.ts';
import { requiredText, requiredTextList, textList } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const SUMMARY_EXAMPLE = 'summary: Tiny needles prompt your skin to make new collagen.';
const PRACTITIONERS_EXAMPLE = 'practitioners: [karen-evans, palwasha-yusofi]';

/** The schema of a treatment; `practitioner` is Astro's `reference('practitioners')` in the build. */
export const treatmentSchema = <Reference extends z.ZodType<unknown, string>>(
  practitioner: Reference,
) =>
  fieldGroup(
    {
      name: requiredText("The treatment's name", 'name: Facial peel'),
      otherNames: textList(
        'Other names clients may know the treatment by',
        'Each other name',
        'otherNames: [chemical peel, skin peel]',
      ).default([]),
      summary: requiredText(
        'The one-line summary shown on the treatments page',
        SUMMARY_EXAMPLE,
      ).max(160, {
        error: (issue) =>
          withExample(
            `The one-line summary shown on the treatments page is ${String(issue.input).length} characters long; keep it to 160 or fewer.`,
            SUMMARY_EXAMPLE,
          ),
      }),
      areas: requiredTextList(
        'The parts of the body the treatment is used on',
        'Each part of the body',
        'areas: [face, neck]',
      ),
      concerns: requiredTextList(
        'The skin concerns the treatment helps with',
        'Each skin concern',
        'concerns: [scars, wrinkles]',
      ),
      needleDepths: leftOutWhenEmpty(needleDepths),
      sessionInterval,
      intervalReason: requiredText(
        'The reason sessions are that far apart',
        'intervalReason: This gives your skin time to recover fully.',
      ),
      practitioners: z
        .array(
          fileNameOf(
            practitioner,
            'Each practitioner (the file name of their profile, without .mdx)',
            PRACTITIONERS_EXAMPLE,
          ),
          {
            error: wrongValue(
              'The practitioners who give this treatment',
              'a list of profile file names',
              PRACTITIONERS_EXAMPLE,
            ),
          },
        )
        .min(1, {
          error: withExample(
            'The practitioners who give this treatment need at least one name.',
            PRACTITIONERS_EXAMPLE,
          ),
        }),
      ...safetyFields,
      ...reviewDates,
    },
    {
      label: 'The treatment file',
      shouldBe: 'a list of fields between two lines of ---',
      where: 'this file',
      example: 'name: Facial peel',
    },
  ).superRefine(reviewInOrder);
