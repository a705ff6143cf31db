/**
 * One closure as the file has it: a single day (`- 2026-12-25`) or a range (`from:` and `to:`).
 * Keystatic's groups only make ranges and refuse a one-day closure, and one date it cannot read
 * locks the whole settings form. This field takes either shape, shows a date written another way
 * as it is written, with the content check's message, and saves a day alone when the last day is
 * left empty.
 */
import { Flex } from '@keystar/ui/layout';
import { TextField } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, useState } from 'react';
import { asText, checkedField } from './field-problem';
import { helpOf } from './schema-help';

// A type, not an interface, so it counts as a YAML value Keystatic can write.
export type ClosureDays = {
  from: string;
  to: string;
};

interface DayBox {
  label: string;
  description: string;
}

/** The closure as it is written in the file: a day alone unless the last day differs. */
export function storedClosure({ from, to }: ClosureDays): string | ClosureDays {
  return to.trim() === '' || to.trim() === from.trim()
    ? from.trim()
    : { from: from.trim(), to: to.trim() };
}

/**
 * A year-month-day as Keystatic's own date field hands it to its YAML writer, so the file gets
 * `2026-12-31` and not `'2026-12-31'`; any other text is written as it is.
 */
export function asWrittenDate(text: string): string | Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return text;
  return Object.assign(date, { toISOString: () => text, toString: () => text });
}

const written = (closure: string | ClosureDays) =>
  typeof closure === 'string'
    ? asWrittenDate(closure)
    : { from: asWrittenDate(closure.from), to: asWrittenDate(closure.to) };

/** The closure a file holds, as the two boxes show it. */
export function readClosure(value: unknown): ClosureDays {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const range = value as Record<string, unknown>;
    return { from: asText(range['from']), to: asText(range['to']) };
  }
  return { from: asText(value), to: '' };
}

/** The content check's message for each box; a day alone is the first box's. */
function problemsOf(schema: z.ZodType, days: ClosureDays): Partial<ClosureDays> {
  const result = schema.safeParse(storedClosure(days));
  if (result.success) return {};
  const found: Partial<ClosureDays> = {};
  for (const issue of result.error.issues) {
    const box = issue.path[0] === 'to' ? 'to' : 'from';
    found[box] ??= issue.message;
  }
  return found;
}

export function closureField(
  schema: z.ZodType,
  boxes: { from: DayBox; to: DayBox },
): BasicFormField<ClosureDays> {
  function Input(props: FormFieldInputProps<ClosureDays>) {
    const [blurred, setBlurred] = useState<Partial<Record<keyof ClosureDays, true>>>({});
    const [fromFile] = useState(() => Object.keys(problemsOf(schema, props.value)).length > 0);
    const problems = problemsOf(schema, props.value);
    const box = (key: keyof ClosureDays) =>
      createElement(TextField, {
        key,
        label: boxes[key].label,
        description: boxes[key].description,
        value: props.value[key],
        onChange: (text: string) => props.onChange({ ...props.value, [key]: text }),
        onBlur: () => setBlurred((seen) => ({ ...seen, [key]: true })),
        autoFocus: props.autoFocus && key === 'from',
        isRequired: key === 'from',
        errorMessage: props.forceValidation || fromFile || blurred[key] ? problems[key] : undefined,
      });
    return createElement(Flex, { direction: 'column', gap: 'large' }, box('from'), box('to'));
  }
  const problem = (days: ClosureDays) => {
    const problems = problemsOf(schema, days);
    return problems.from ?? problems.to;
  };
  return checkedField(
    {
      label: helpOf(schema).label,
      Input,
      defaultValue: () => ({ from: '', to: '' }),
      parse: readClosure,
      serialize: (days) => ({ value: written(storedClosure(days)) }),
    },
    problem,
  );
}
