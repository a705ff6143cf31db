import { z } from 'astro/zod';

/** An empty list, or a group whose every field is empty. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).every(isEmpty);
}

/**
 * An optional list or group that may also be written empty. The browser forms save a list the
 * editor emptied as `[]` and a group with nothing in it as `{}`; both mean the field was left out,
 * so the page shows nothing for it and the content check still notices it is missing.
 */
export const leftOutWhenEmpty = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (isEmpty(value) ? undefined : value), schema.optional());
