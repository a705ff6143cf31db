import { z } from 'astro/zod';

/** A short piece of text an editor must fill in; the message names the field and shows an example. */
export const requiredText = (field: string, example: string) =>
  z
    .string({ error: `${field} must be text, for example "${example}"` })
    .trim()
    .min(1, { error: `${field} cannot be empty; write something like "${example}"` });

/** A list of short texts with at least one item. */
export const textList = (field: string, example: string) =>
  z
    .array(requiredText(`Each item of ${field}`, example), {
      error: `${field} must be a list, for example ["${example}"]`,
    })
    .min(1, { error: `${field} needs at least one item, for example ["${example}"]` });
