/**
 * The treatment a procedure or aftercare page belongs to, picked from the list of treatments. It
 * is also the page's file name, so a new page is named after its treatment, as the site expects,
 * and a treatment that already has such a page cannot be picked twice.
 */
import { Radio, RadioGroup } from '@keystar/ui/radio';
import { Text } from '@keystar/ui/typography';
import type { FormFieldInputProps, SlugFormField } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement } from 'react';
import { useNamedFiles } from './content-files';
import { asText, problemOf, refuse } from './field-problem';

/** A file name as the site links by it: lower case words joined by -. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function treatmentPicker(
  schema: z.ZodType,
  words: {
    label: string;
    /** What the page is: procedure or aftercare. */
    page: string;
  },
): SlugFormField<string, string, string, string> {
  const problem = (slug: string, taken?: ReadonlySet<string>) => {
    if (slug === '') return `Pick the treatment this ${words.page} page is for.`;
    const article = /^[aeiou]/.test(words.page) ? 'an' : 'a';
    if (!FILE_NAME.test(slug)) return `"${slug}" is not the file name of a treatment.`;
    const refused = problemOf(schema, slug);
    if (refused !== undefined) return refused;
    if (taken?.has(slug))
      return `This treatment already has ${article} ${words.page} page. Open that one instead.`;
    return undefined;
  };
  function Input(props: FormFieldInputProps<string>) {
    const treatments = useNamedFiles('treatments', 'name');
    if (treatments === undefined)
      return createElement(Text, null, `${words.label}: loading the list…`);
    const known = treatments.some(({ slug }) => slug === props.value);
    const choices = [
      ...treatments,
      ...(props.value === '' || known
        ? []
        : [{ slug: props.value, name: `${props.value} (no such treatment)` }]),
    ];
    return createElement(RadioGroup, {
      label: words.label,
      value: props.value,
      onChange: props.onChange,
      isRequired: true,
      errorMessage: props.forceValidation ? problem(props.value) : undefined,
      children: choices.map(({ slug, name }) =>
        createElement(Radio, { key: slug, value: slug }, name),
      ),
    });
  }
  return {
    kind: 'form',
    formKind: 'slug',
    label: words.label,
    Input,
    defaultValue: () => '',
    parse: (value, extra) => asText(value) || (extra?.slug ?? ''),
    serialize: (slug) => ({ value: slug }),
    serializeWithSlug: (slug) => ({ slug, value: slug }),
    validate: (slug, extra) => {
      // Keystatic passes the other files' names only when it checks a save.
      refuse(problem(slug, extra?.slugField?.slugs));
      return slug;
    },
    reader: {
      parse: (value) => asText(value),
      parseWithSlug: (value, extra) => asText(value) || extra.slug,
    },
  };
}
