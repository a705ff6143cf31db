/**
 * Form fields made from the content schemas: each takes the schema's field and shows the content
 * check's own label and example, and is required exactly when the check requires it.
 */
import { fields } from '@keystatic/core';
import type { z } from 'astro/zod';
import { choicesOf, helpOf, itemOf } from './schema-help';

/** Label and help text as Keystatic takes them. */
function labelled(schema: z.ZodType) {
  const { label, description } = helpOf(schema);
  return description === undefined ? { label } : { label, description };
}

const isRequired = (schema: z.ZodType) => helpOf(schema).isRequired;

/** Choices shown with a capital letter and saved in lower case, as the files write them. */
const choices = (values: readonly string[]) =>
  values.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value }));

interface TextOptions {
  multiline?: boolean;
  maxLength?: number;
  /** Let the form save it empty even though the check needs it, for a group a file may leave out. */
  inOptionalGroup?: boolean;
}

export const text = (schema: z.ZodType, options: TextOptions = {}) =>
  fields.text({
    ...labelled(schema),
    multiline: options.multiline ?? false,
    validation: {
      isRequired: !options.inOptionalGroup && isRequired(schema),
      ...(options.maxLength === undefined ? {} : { length: { max: options.maxLength } }),
    },
  });

/** The field a file is named after: its file name is made from it when the entry is created. */
export const nameOfFile = (schema: z.ZodType) =>
  fields.slug({ name: { ...labelled(schema), validation: { isRequired: true } } });

export const textList = (schema: z.ZodType) =>
  fields.array(
    fields.text({ label: helpOf(itemOf(schema)).label, validation: { isRequired: true } }),
    { ...labelled(schema), itemLabel: (item) => item.value },
  );

export const wholeNumber = (schema: z.ZodType, range: { min: number; max?: number }) =>
  fields.integer({ ...labelled(schema), validation: { isRequired: isRequired(schema), ...range } });

export const millimetres = (schema: z.ZodType) =>
  fields.number({ ...labelled(schema), step: 0.05 });

export const millimetreList = (schema: z.ZodType) =>
  fields.array(millimetres(itemOf(schema)), {
    ...labelled(schema),
    itemLabel: (item) => `${item.value ?? ''} mm`,
  });

/** One choice from the schema's list, such as a unit. */
export const choice = (schema: z.ZodType, defaultValue: string) =>
  fields.select({ ...labelled(schema), options: choices(choicesOf(schema)), defaultValue });

/** Any number of choices from the schema's list, such as days of the week. */
export const choiceList = (schema: z.ZodType) =>
  fields.multiselect({ ...labelled(schema), options: choices(choicesOf(itemOf(schema))) });

export const date = (schema: z.ZodType) =>
  fields.date({ ...labelled(schema), validation: { isRequired: isRequired(schema) } });

export const webAddress = (schema: z.ZodType) =>
  fields.url({ ...labelled(schema), validation: { isRequired: isRequired(schema) } });

export const group = <Fields extends Record<string, Parameters<typeof fields.object>[0][string]>>(
  schema: z.ZodType,
  fieldsOfGroup: Fields,
) => fields.object(fieldsOfGroup, labelled(schema));
