/**
 * One choice from the schema's list, such as a unit. Keystatic's own list stops the whole form from
 * opening when the file holds a value that is not one of its choices (`unit: fortnights`, `unit: 6`).
 * Here that value is shown beside the choices, with the content check's message, until another
 * choice is picked.
 */
import { Radio, RadioGroup } from '@keystar/ui/radio';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { asText, checkedField, problemOf } from './field-problem';

export interface ChoiceOptions {
  label: string;
  description?: string;
  /** Each choice as the file writes it, and as the form shows it. */
  options: readonly { value: string; label: string }[];
  /** The choice a file without the field opens with. */
  defaultValue: string;
}

export function choiceField(schema: z.ZodType, options: ChoiceOptions): BasicFormField<string> {
  const problem = (value: string) => problemOf(schema, value);
  function Input(props: FormFieldInputProps<string>) {
    const [fromFile] = useState(() => problem(props.value) !== undefined);
    const known = options.options.some(({ value }) => value === props.value);
    const choices = known
      ? options.options
      : [
          ...options.options,
          { value: props.value, label: `${props.value} (not one of the choices)` },
        ];
    return createElement(RadioGroup, {
      label: options.label,
      ...(options.description === undefined ? {} : { description: options.description }),
      value: props.value,
      onChange: props.onChange,
      orientation: 'horizontal',
      errorMessage: props.forceValidation || fromFile ? problem(props.value) : undefined,
      children: choices.map(({ value, label }) =>
        createElement(Radio, { key: value, value }, label),
      ),
    });
  }
  const parse = (value: unknown) => (value === undefined ? options.defaultValue : asText(value));
  return checkedField(
    {
      label: options.label,
      Input,
      defaultValue: () => options.defaultValue,
      parse,
      serialize: (value) => ({ value }),
      // The choices, for the test that holds the forms and the schemas together.
      ...{ options: options.options },
    },
    problem,
  );
}
