/**
 * A date picked from a calendar, such as a review date. Keystatic's own date box shows a date
 * written another way (`27/11/2026`, `soon`) as empty, and a number there (`2026`) stops the whole
 * form from opening. Here such a value opens as it is written, in a plain box, with the content
 * check's message next to it; a right date opens in the calendar box.
 */
import { TextField } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { asWrittenDate } from './closure-field';
import { asText, checkedField, problemOf } from './field-problem';
import { helpOf } from './schema-help';

export function dateField(schema: z.ZodType): BasicFormField<string> {
  const { label, description, isRequired } = helpOf(schema);
  const problem = (text: string) => problemOf(schema, text.trim() === '' ? undefined : text.trim());
  function Input(props: FormFieldInputProps<string>) {
    const [blurred, setBlurred] = useState(false);
    // A date written another way stays in a plain box while it is fixed: a calendar box cannot show it.
    const [fromFile] = useState(() => props.value !== '' && problem(props.value) !== undefined);
    return createElement(TextField, {
      label,
      ...(description === undefined ? {} : { description }),
      type: fromFile ? 'text' : 'date',
      value: props.value,
      onChange: props.onChange,
      onBlur: () => setBlurred(true),
      autoFocus: props.autoFocus,
      isRequired,
      errorMessage: props.forceValidation || blurred || fromFile ? problem(props.value) : undefined,
    });
  }
  const parse = (value: unknown) => asText(value);
  return checkedField(
    {
      label,
      Input,
      defaultValue: () => '',
      parse,
      serialize: (text) => ({ value: text.trim() === '' ? undefined : asWrittenDate(text.trim()) }),
    },
    problem,
  );
}
