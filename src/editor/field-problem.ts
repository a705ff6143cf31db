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
