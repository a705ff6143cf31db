/**
 * A tick box, such as whether a step gets the skin ready. Keystatic's own box stops the whole form
 * from opening when the file holds anything but true or false (`preparation: yes`). Here such a
 * value opens unticked, with the content check's message naming it, until the box is ticked or
 * unticked.
 */
import { Checkbox, CheckboxGroup } from '@keystar/ui/checkbox';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement } from 'react';
import { checkedField, problemOf } from './field-problem';
import { helpOf } from './schema-help';

/** Ticked or not, or what the file holds when it is neither. */
export type Tick = boolean | { file: FormFieldStoredValue };

const TICKED = 'ticked';

export function checkboxField(schema: z.ZodType): BasicFormField<Tick> {
  const { label } = helpOf(schema);
  const stored = (tick: Tick) => (typeof tick === 'boolean' ? tick : tick.file);
  const problem = (tick: Tick) => problemOf(schema, stored(tick));
  function Input(props: FormFieldInputProps<Tick>) {
    // A group of one, so the check's message is shown with the box and read out with it.
    return createElement(CheckboxGroup, {
      'aria-label': label,
      value: props.value === true ? [TICKED] : [],
      onChange: (ticked: string[]) => props.onChange(ticked.includes(TICKED)),
      errorMessage: problem(props.value),
      children: createElement(Checkbox, { value: TICKED, autoFocus: props.autoFocus }, label),
    });
  }
  const parse = (file: FormFieldStoredValue): Tick =>
    file === undefined ? false : typeof file === 'boolean' ? file : { file };
  return checkedField(
    {
      label,
      Input,
      defaultValue: () => false,
      parse,
      serialize: (tick) => ({ value: stored(tick) }),
    },
    problem,
  );
}
