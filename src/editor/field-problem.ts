import type { BasicFormField } from '@keystatic/core';
import type { z } from 'astro/zod';

/** The content check's message for `value`, or undefined when the check takes it. */
export function problemOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** A form refuses to save a value by throwing; Keystatic keeps the form open and the value as typed. */
export function refuse(message: string | undefined) {
  if (message !== undefined) throw new Error(message);
}

/** A value from a file as text, whatever YAML made of it: a date as year-month-day. */
export function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

/** What Keystatic's fields can hold: any value but undefined. */
type FieldValue = NonNullable<unknown> | null;

/** A field's own parts: its box, its first value, and how it reads and writes the file. */
type FieldParts<Value extends FieldValue> = Omit<
  BasicFormField<Value>,
  'kind' | 'validate' | 'reader'
>;

/**
 * A form field the content check guards: the form will not save while `problem` finds one, and
 * reading the file through the forms refuses the same value with the same message.
 */
export function checkedField<Value extends FieldValue>(
  parts: FieldParts<Value>,
  problem: (value: Value) => string | undefined,
): BasicFormField<Value> {
  const validate = (value: Value) => {
    refuse(problem(value));
    return value;
  };
  return {
    ...parts,
    kind: 'form',
    validate,
    reader: { parse: (value) => validate(parts.parse(value)) },
  };
}
