/**
 * A number box that keeps what the editor typed. Keystatic's number boxes read "1,5" as 15 when
 * they lose focus, and a file's "1,5mm" stops the whole form from opening. This box holds the text,
 * shows the content check's own message next to it while the check would refuse it, and saves only
 * a number the check takes, written as it was typed.
 */
import { TextField } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { asText, checkedField, problemOf } from './field-problem';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The number the text is, when it is written as a number with a full stop for decimals. */
const numberIn = (text: string) => (NUMBER.test(text.trim()) ? Number(text.trim()) : undefined);

export interface NumberBoxOptions {
  label: string;
  description?: string;
  /** Whether the form refuses to save it empty; a group a file may leave out says no. */
  isRequired: boolean;
  /** Whole numbers only, such as a count of weeks. */
  whole?: boolean;
}

export function numberAsTyped(
  schema: z.ZodType,
  options: NumberBoxOptions,
): BasicFormField<string> {
  const problem = (text: string) => {
    if (text.trim() === '') return options.isRequired ? problemOf(schema, undefined) : undefined;
    return problemOf(schema, numberIn(text) ?? text.trim());
  };
  function Input(props: FormFieldInputProps<string>) {
    const [blurred, setBlurred] = useState(false);
    // A mistake written in the file is shown at once, so the editor sees what to fix.
    const [fromFile] = useState(() => problem(props.value) !== undefined);
    return createElement(TextField, {
      label: options.label,
      ...(options.description === undefined ? {} : { description: options.description }),
      value: props.value,
      onChange: props.onChange,
      onBlur: () => setBlurred(true),
      autoFocus: props.autoFocus,
      inputMode: options.whole ? 'numeric' : 'decimal',
      isRequired: options.isRequired,
      errorMessage: props.forceValidation || blurred || fromFile ? problem(props.value) : undefined,
    });
  }
  const parse = (value: unknown) => asText(value);
  return checkedField(
    {
      label: options.label,
      Input,
      defaultValue: () => '',
      parse,
      serialize: (text) => {
        if (text.trim() === '') return { value: undefined };
        return { value: numberIn(text) ?? text };
      },
    },
    problem,
  );
}
