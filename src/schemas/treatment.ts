import { z } from 'astro/zod';
import { needleDepths } from './depth.ts';
import { sessionInterval } from './duration.ts';
import { fileNameOf } from './file-name.ts';
import { fieldGroup, withExample, wrongValue } from './messages.ts';
import { reviewDates, reviewInOrder } from './review.ts';
import { safetyFields } from './safety.ts';
import { beforeAfterField } from './before-after.ts';
import { clientQuestionFields } from './client-questions.ts';
import { priceField } from './price.ts';
import {
  atMost,
  NAME,
  PARAGRAPH,
  requiredText,
  requiredTextList,
  SUMMARY,
  textList,
} from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const SUMMARY_EXAMPLE = 'summary: Tiny needles prompt your skin to make new collagen.';
const PRACTITIONERS_EXAMPLE = 'practitioners: [karen-evans, palwasha-yusofi]';
const PRACTITIONERS = 'The practitioners who give this treatment';

/** Each practitioner once: a name written twice would show their card twice on the page. */
function eachOnce(links: readonly unknown[], context: z.RefinementCtx) {
  // A link is a file name in the forms and Astro's { collection, id } in the build.
  const keys = links.map((link) => JSON.stringify(link));
  keys.forEach((key, index) => {
    if (keys.indexOf(key) === index) return;
    const link = links[index];
    const name = typeof link === 'object' && link !== null && 'id' in link ? link.id : link;
    context.addIssue({
      code: 'custom',
      path: [index],
      message: withExample(
        `${String(name)} is listed twice in the practitioners. List each practitioner once: delete this line.`,
        PRACTITIONERS_EXAMPLE,
      ),
    });
  });
}

/**
 * The schema of a treatment; `practitioner` is Astro's `reference('practitioners')` in the build,
 * and `photo` its `image()`.
 */
export const treatmentSchema = <
  Reference extends z.ZodType<unknown, string>,
  Photo extends z.ZodType,
>(
  practitioner: Reference,
  photo: Photo,
) =>
  fieldGroup(
    {
      name: requiredText("The treatment's name", 'name: Facial peel', NAME),
      otherNames: textList(
        'Other names clients may know the treatment by',
        'Each other name',
        'otherNames: [chemical peel, skin peel]',
        { item: NAME, most: 10 },
      ).default([]),
      summary: requiredText(
        'The one-line summary shown on the treatments page',
        SUMMARY_EXAMPLE,
        SUMMARY,
      ),
      areas: requiredTextList(
        'The parts of the body the treatment is used on',
        'Each part of the body',
        'areas: [face, neck]',
        { item: NAME, most: 20 },
      ),
      concerns: requiredTextList(
        'The skin concerns the treatment helps with',
        'Each skin concern',
        'concerns: [scars, wrinkles]',
        { item: NAME, most: 20 },
      ),
      needleDepths: leftOutWhenEmpty(needleDepths),
      sessionInterval,
      intervalReason: requiredText(
        'The reason sessions are that far apart',
        'intervalReason: This gives your skin time to recover fully.',
        PARAGRAPH,
      ),
      practitioners: atMost(
        z.array(
          fileNameOf(
            practitioner,
            'Each practitioner (the file name of their profile, without .mdx)',
            PRACTITIONERS_EXAMPLE,
          ),
          {
            error: wrongValue(PRACTITIONERS, 'a list of profile file names', PRACTITIONERS_EXAMPLE),
          },
        ),
        PRACTITIONERS,
        50,
        PRACTITIONERS_EXAMPLE,
      )
        .min(1, {
          error: withExample(`${PRACTITIONERS} need at least one name.`, PRACTITIONERS_EXAMPLE),
        })
        .superRefine(eachOnce),
      ...safetyFields,
      price: priceField,
      ...clientQuestionFields,
      beforeAfter: beforeAfterField(photo),
      ...reviewDates,
    },
    {
      label: 'The treatment file',
      shouldBe: 'a list of fields between two lines of ---',
      where: 'this file',
      example: 'name: Facial peel',
    },
  ).superRefine(reviewInOrder);
