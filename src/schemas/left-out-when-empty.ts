import { z } from 'astro/zod';

/** An empty list, or a group whose every field is empty, leaving out the fields named in `besides`. */
function isEmpty(value: unknown, besides: readonly string[] = []): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).every(([key, field]) => besides.includes(key) || isEmpty(field));
}

/**
 * An optional list or group that may also be written empty. The browser forms save a list the
 * editor emptied as `[]` and a group with nothing in it as `{}`; both mean the field was left out,
 * so the page shows nothing for it and the content check still notices it is missing. `besides`
 * names fields a form always fills in, such as a unit picked from a list, which alone say nothing.
 */
export const leftOutWhenEmpty = <Schema extends z.ZodType>(
  schema: Schema,
  besides: readonly string[] = [],
) => z.preprocess((value) => (isEmpty(value, besides) ? undefined : value), schema.optional());
