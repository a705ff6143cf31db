/**
 * The practitioners who give a treatment, ticked by name from the whole list. Keystatic's own
 * picker shows file names, lists nothing until something is typed, and takes three steps to take
 * someone off; here a tick adds and a tick removes, and the file keeps the order they were added in.
 */
import { Checkbox, CheckboxGroup } from '@keystar/ui/checkbox';
import { Text } from '@keystar/ui/typography';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement } from 'react';
import { useNamedFiles } from './content-files';
import { asText, checkedField, problemOf } from './field-problem';

export function practitionerPicker(
  schema: z.ZodType,
  words: { label: string; description?: string },
): BasicFormField<string[]> {
  function Input(props: FormFieldInputProps<string[]>) {
    const people = useNamedFiles('practitioners', 'name');
    if (people === undefined) return createElement(Text, null, `${words.label}: loading the list…`);
    // A name the file has with no profile stays in the list, so it can be seen and taken off.
    const unknown = props.value.filter((slug) => !people.some((person) => person.slug === slug));
    const choices = [
      ...people.map(({ slug, name }) => ({ slug, name })),
      ...unknown.map((slug) => ({ slug, name: `${slug} (no profile with this name)` })),
    ];
    return createElement(CheckboxGroup, {
      label: words.label,
      ...(words.description === undefined ? {} : { description: words.description }),
      value: props.value,
      // Kept in the order they were ticked: the site lists them in the order the file does.
      onChange: (ticked: string[]) =>
        props.onChange([
          ...props.value.filter((slug) => ticked.includes(slug)),
          ...ticked.filter((slug) => !props.value.includes(slug)),
        ]),
      isRequired: true,
      errorMessage: props.forceValidation ? problemOf(schema, props.value) : undefined,
      children: choices.map(({ slug, name }) =>
        createElement(Checkbox, { key: slug, value: slug }, name),
      ),
    });
  }
  const parse = (value: unknown) =>
    Array.isArray(value) ? value.map(asText) : value === undefined ? [] : [asText(value)];
  return checkedField(
    {
      label: words.label,
      Input,
      defaultValue: () => [],
      parse,
      serialize: (slugs) => ({ value: slugs }),
    },
    (slugs) => problemOf(schema, slugs),
  );
}
