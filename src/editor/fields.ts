/**
 * Form fields made from the content schemas: each takes the schema's field and shows the content
 * check's own label and example, and is required exactly when the check requires it.
 */
import { fields, type ComponentSchema, type GenericPreviewProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { noneHidden } from '~/text/hidden-characters';
import { choiceField } from './choice-field';
import { choiceListField } from './choice-list-field';
import { dateField } from './date-field';
import { numberAsTyped } from './number-as-typed';
import { textAsTyped } from './text-as-typed';
import { choicesOf, helpOf, itemOf, lengthsOf } from './schema-help';

/** Label and help text as Keystatic takes them. */
function labelled(schema: z.ZodType) {
  const { label, description } = helpOf(schema);
  return description === undefined ? { label } : { label, description };
}

const isRequired = (schema: z.ZodType) => helpOf(schema).isRequired;

/** Choices shown with a capital letter and saved in lower case, as the files write them. */
const choices = (values: readonly string[]) =>
  values.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value }));

/** The most a text or a list may hold, as its schema says; none when it says nothing. */
function mostOf(schema: z.ZodType): { length: { max: number } } | undefined {
  const { max } = lengthsOf(schema);
  return Number.isFinite(max) ? { length: { max } } : undefined;
}

const HIDDEN =
  'This has a character in it that cannot be seen, such as a right-to-left mark or a control character. Type the text again instead of pasting it.';

/** The characters the schemas refuse, refused by the form too. */
const shownCharacters = (multiline: boolean) => ({
  regex: new RegExp(`^${noneHidden(multiline)}$`, 'su'),
  message: HIDDEN,
});

interface TextOptions {
  /** A paragraph, which may have line breaks and tabs; the schema's size says the same. */
  multiline?: boolean;
  /** Let the form save it empty even though the check needs it, for a group a file may leave out. */
  inOptionalGroup?: boolean;
}

/** A text box that opens any value a file holds, with the check's messages and writing findings. */
export const text = (schema: z.ZodType, options: TextOptions = {}) =>
  textAsTyped(schema, {
    ...labelled(schema),
    isRequired: !options.inOptionalGroup && isRequired(schema),
    multiline: options.multiline ?? false,
  });

/** The field a file is named after: its file name is made from it when the entry is created. */
export const nameOfFile = (schema: z.ZodType) =>
  fields.slug({
    name: {
      ...labelled(schema),
      validation: { isRequired: true, pattern: shownCharacters(false), ...mostOf(schema) },
    },
  });

export const textList = (schema: z.ZodType) =>
  fields.array(
    textAsTyped(itemOf(schema), { label: helpOf(itemOf(schema)).label, isRequired: true }),
    {
      ...listLabelled(schema),
      itemLabel: (item) => item.value,
      validation: { length: listLengths(schema) },
    },
  );

/**
 * A list's label and help. Keystatic marks no list with `*`, so a list the check needs says so in
 * words, and the form refuses to save it empty.
 */
function listLabelled(schema: z.ZodType) {
  const { label, description } = labelled(schema) as { label: string; description?: string };
  if (fewestItems(schema) === 0) return labelled(schema);
  return { label, description: ['Needs at least one.', description].filter(Boolean).join(' ') };
}

/** The fewest items the check takes; none for a list it takes empty, such as a safety list. */
const fewestItems = (schema: z.ZodType) =>
  schema.safeParse([]).success ? 0 : lengthsOf(schema).min;

/** A list's fewest and most items, as the check counts them. */
const listLengths = (schema: z.ZodType) => ({
  min: fewestItems(schema),
  max: lengthsOf(schema).max,
});

/** The most items the schema's list may have. */
export const mostItems = (schema: z.ZodType) => lengthsOf(schema).max;

/** A list of groups, such as the steps of a session, with the schema's fewest and most items. */
export const groupList = <Element extends ComponentSchema>(
  schema: z.ZodType,
  element: Element,
  itemLabel: (props: GenericPreviewProps<Element, unknown>) => string,
) =>
  fields.array(element, {
    ...listLabelled(schema),
    itemLabel,
    validation: { length: listLengths(schema) },
  });

/** A whole number, such as a count of weeks; the schema says the smallest and largest. */
export const wholeNumber = (schema: z.ZodType, required = isRequired(schema)) =>
  numberAsTyped(schema, { ...labelled(schema), isRequired: required, whole: true });

/** A needle depth; never required in the form, as a treatment without needles has none. */
export const millimetres = (schema: z.ZodType) =>
  numberAsTyped(schema, { ...labelled(schema), isRequired: false });

export const millimetreList = (schema: z.ZodType) =>
  fields.array(millimetres(itemOf(schema)), {
    ...labelled(schema),
    itemLabel: (item) => `${item.value ?? ''} mm`,
    validation: { length: { max: mostItems(schema) } },
  });

/** One choice from the schema's list, such as a unit. */
export const choice = (schema: z.ZodType, defaultValue: string) =>
  choiceField(schema, { ...labelled(schema), options: choices(choicesOf(schema)), defaultValue });

/** Any number of choices from the schema's list, such as days of the week. */
export const choiceList = (schema: z.ZodType) =>
  choiceListField(schema, { ...labelled(schema), options: choices(choicesOf(itemOf(schema))) });

export const date = (schema: z.ZodType) => dateField(schema);

/** A web address: `https://` only, as the schema has it, or left empty when it may be. */
export const webAddress = (schema: z.ZodType) =>
  textAsTyped(schema, { ...labelled(schema), isRequired: isRequired(schema), isWords: false });

export const group = <Fields extends Record<string, Parameters<typeof fields.object>[0][string]>>(
  schema: z.ZodType,
  fieldsOfGroup: Fields,
) => fields.object(fieldsOfGroup, labelled(schema));
