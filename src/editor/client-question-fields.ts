/**
 * The form fields of a treatment's client questions (src/schemas/client-questions.ts, price.ts
 * and before-after.ts), with the content check's labels. None is required in the form: the clinic
 * answers them when it can, and the content check lists the ones still open.
 */
import { fields, type ComponentSchema, type GenericPreviewProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { group, mostItems, text, textList, wholeNumber } from './fields';
import { numberAsTyped } from './number-as-typed';
import { helpOf, itemOf, shapeOf } from './schema-help';

/**
 * A list of groups the file may leave out: the form saves it empty, which the schema reads as left
 * out, so it has no fewest items, only the schema's most.
 */
const optionalList = <Element extends ComponentSchema>(
  schema: z.ZodType,
  element: Element,
  itemLabel: (props: GenericPreviewProps<Element, unknown>) => string,
) =>
  fields.array(element, {
    label: helpOf(schema).label,
    itemLabel,
    validation: { length: { max: mostItems(schema) } },
  });

const pounds = (schema: z.ZodType) =>
  numberAsTyped(schema, {
    label: helpOf(schema).label,
    description: 'In pounds, without the £ sign. Leave it empty until the clinic gives it.',
    isRequired: false,
  });

const inGroup = { inOptionalGroup: true };

/** The treatment form's fields for the questions clients ask, from the treatment schema's shape. */
export function clientQuestionForm(treatment: Record<string, z.ZodType>) {
  const price = shapeOf(treatment['price']!);
  const sessions = shapeOf(treatment['sessionsUsually']!);
  const avoid = shapeOf(itemOf(treatment['avoidAfter']!));
  const question = shapeOf(itemOf(treatment['questions']!));
  const pair = shapeOf(itemOf(treatment['beforeAfter']!));
  const photo = (label: string) =>
    fields.image({ label, directory: 'content/treatments', publicPath: './' });
  return {
    price: group(treatment['price']!, {
      perSession: pounds(price['perSession']!),
      perCourse: pounds(price['perCourse']!),
      courseSessions: wholeNumber(price['courseSessions']!, false),
      includes: text(price['includes']!, { multiline: true }),
    }),
    sessionMinutes: wholeNumber(treatment['sessionMinutes']!, false),
    sessionsUsually: group(treatment['sessionsUsually']!, {
      fewest: wholeNumber(sessions['fewest']!, false),
      most: wholeNumber(sessions['most']!, false),
    }),
    whenResultsShow: text(treatment['whenResultsShow']!, { multiline: true }),
    preparation: textList(treatment['preparation']!),
    avoidAfter: optionalList(
      treatment['avoidAfter']!,
      fields.object({
        what: text(avoid['what']!),
        days: wholeNumber(avoid['days']!, false),
      }),
      (item) => `${item.fields.what.value}: ${item.fields.days.value} days`,
    ),
    questions: optionalList(
      treatment['questions']!,
      fields.object({
        question: text(question['question']!),
        answer: text(question['answer']!, { multiline: true }),
      }),
      (item) => item.fields.question.value,
    ),
    deposit: text(treatment['deposit']!, { multiline: true }),
    cancellation: text(treatment['cancellation']!, { multiline: true }),
    beforeAfter: optionalList(
      treatment['beforeAfter']!,
      fields.object({
        before: photo('The before photo'),
        beforeAlt: text(pair['beforeAlt']!, inGroup),
        after: photo('The after photo'),
        afterAlt: text(pair['afterAlt']!, inGroup),
        caption: text(pair['caption']!),
        consentRecorded: fields.checkbox({
          label: helpOf(pair['consentRecorded']!).label,
          description:
            "Tick only when the clinic has a record of the client's agreement to show these photos. Without it the pair is not published.",
        }),
        // Ticked until the editor unticks it, so "not retouched" is always something stated.
        retouched: fields.checkbox({
          label: helpOf(pair['retouched']!).label,
          description:
            'Untick only when the clinic says neither photo was retouched, filtered or edited. A retouched pair is not published.',
          defaultValue: true,
        }),
      }),
      (item) => item.fields.beforeAlt.value,
    ),
  };
}
