/**
 * One box for a time after the session, typed as it is said: "48 hours", "14 days". A number box
 * beside a unit list, three times a stage, read as a puzzle; one box reads as a sentence. The box
 * shows whatever the file holds, right or wrong, with the content check's message next to it, and
 * saves the `{ value, unit }` group the check takes. A time the editor did not touch is saved back
 * exactly as the file had it.
 */
import { TextField } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { partsOfMessage } from '~/schemas/messages';
import { checkedField, problemOf } from './field-problem';
import { fieldHelp } from '~/schemas/field-help';
import { choicesOf, helpOf, shapeOf, unwrap } from './schema-help';
import { exampleInWords, timeFromWords, timeInWords } from './time-in-words';

// A type, not an interface, so it counts as a value Keystatic can hold.
export type TypedTime = {
  /** What the box shows and the editor types. */
  words: string;
  /** What the file held when the form opened, saved back while the words are unchanged. */
  file: FormFieldStoredValue;
};

/** A time's box; required exactly when the content check requires the time. */
export function timeAfterSessionField(schema: z.ZodType): BasicFormField<TypedTime> {
  const units = choicesOf(shapeOf(schema)['unit']!);
  const { label, isRequired } = helpOf(schema);
  const example = exampleInWords(fieldHelp.get(unwrap(schema))?.example ?? '') ?? `1 ${units[0]}`;
  const howToType = `Type a number and ${units.join(' or ')}, for example: ${example}`;

  const stored = (typed: TypedTime): FormFieldStoredValue =>
    typed.words === timeInWords(typed.file) ? typed.file : timeFromWords(typed.words, units);

  /** The check's message, with an example of what to type here rather than of a line in the file. */
  const problem = (typed: TypedTime): string | undefined => {
    const found = problemOf(schema, stored(typed));
    return found === undefined ? undefined : `${partsOfMessage(found).problem} ${howToType}`;
  };

  function Input(props: FormFieldInputProps<TypedTime>) {
    const [blurred, setBlurred] = useState(false);
    // A mistake written in the file is shown at once, so the editor sees what to fix.
    const [fromFile] = useState(() => problem(props.value) !== undefined);
    return createElement(TextField, {
      label,
      description: howToType,
      value: props.value.words,
      onChange: (words: string) => props.onChange({ ...props.value, words }),
      onBlur: () => setBlurred(true),
      autoFocus: props.autoFocus,
      isRequired,
      errorMessage: props.forceValidation || blurred || fromFile ? problem(props.value) : undefined,
    });
  }
  const parse = (file: FormFieldStoredValue): TypedTime => ({ words: timeInWords(file), file });
  return checkedField(
    {
      label,
      Input,
      defaultValue: () => ({ words: '', file: undefined }),
      parse,
      serialize: (typed) => ({ value: stored(typed) }),
    },
    problem,
  );
}
