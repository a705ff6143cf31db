import { z } from 'astro/zod';
import { placeholderProblem, withExample, wrongValue } from './messages.ts';
import { isPlaceholder } from './placeholder.ts';

/**
 * A piece of text an editor must fill in. `label` says what it is for ("The treatment's name") and
 * `example` is a right line as typed in the file ("name: Facial peel").
 */
export const requiredText = (label: string, example: string) =>
  z
    .string({ error: wrongValue(label, 'text', example) })
    .trim()
    .min(1, { error: withExample(`${label} cannot be empty.`, example) })
    .refine((text) => !isPlaceholder(text), {
      error: withExample(placeholderProblem(label), example),
    });

/** A list of texts, such as things to do after a session. */
export const textList = (label: string, itemLabel: string, example: string) =>
  z.array(requiredText(itemLabel, example), { error: wrongValue(label, 'a list', example) });

/** A list of texts with at least one item. */
export const requiredTextList = (label: string, itemLabel: string, example: string) =>
  textList(label, itemLabel, example).min(1, {
    error: withExample(`${label} needs at least one item.`, example),
  });
