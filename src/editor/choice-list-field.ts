/**
 * Any number of choices from the schema's list, such as days of the week. Keystatic's own ticks stop
 * the whole form from opening when the file holds a value that is not one of them (`funday`), or a
 * day written alone rather than as a list. Here a value that is not a choice stays in the list,
 * ticked, so it can be seen and unticked; a day written alone opens ticked. Either shows the content
 * check's message and is saved back as the file has it until the editor changes a tick.
 */
import { Checkbox, CheckboxGroup } from '@keystar/ui/checkbox';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { asText, checkedField, problemOf } from './field-problem';

// A type, not an interface, so it counts as a value Keystatic can hold.
export type TickedChoices = {
  ticked: string[];
  /** What the file held when the form opened, until a tick is changed. */
  file: FormFieldStoredValue;
};

export interface ChoiceListOptions {
  label: string;
  description?: string;
  options: readonly { value: string; label: string }[];
}

export function choiceListField(
  schema: z.ZodType,
  options: ChoiceListOptions,
): BasicFormField<TickedChoices> {
  const stored = ({ ticked, file }: TickedChoices): FormFieldStoredValue =>
    file === undefined ? ticked : file;
  const problem = (value: TickedChoices) => problemOf(schema, stored(value));
  function Input(props: FormFieldInputProps<TickedChoices>) {
    // A mistake written in the file is shown at once, so the editor sees what to fix.
    const [fromFile] = useState(() => problem(props.value) !== undefined);
    const unknown = props.value.ticked.filter(
      (ticked) => !options.options.some(({ value }) => value === ticked),
    );
    const choices = [
      ...options.options,
      ...unknown.map((value) => ({ value, label: `${value} (not one of the choices)` })),
    ];
    return createElement(CheckboxGroup, {
      label: options.label,
      ...(options.description === undefined ? {} : { description: options.description }),
      value: props.value.ticked,
      onChange: (ticked: string[]) => {
        // Kept in the order they were ticked, as Keystatic's own ticks do.
        props.onChange({
          file: undefined,
          ticked: [
            ...props.value.ticked.filter((value) => ticked.includes(value)),
            ...ticked.filter((value) => !props.value.ticked.includes(value)),
          ],
        });
      },
      errorMessage: props.forceValidation || fromFile ? problem(props.value) : undefined,
      children: choices.map(({ value, label }) =>
        createElement(Checkbox, { key: value, value }, label),
      ),
    });
  }
  const parse = (file: FormFieldStoredValue): TickedChoices => ({
    ticked: Array.isArray(file) ? file.map(asText) : file === undefined ? [] : [asText(file)],
    file,
  });
  return checkedField(
    {
      label: options.label,
      Input,
      defaultValue: () => ({ ticked: [], file: undefined }),
      parse,
      serialize: (value) => ({ value: stored(value) }),
      ...{ options: options.options },
    },
    problem,
  );
}
