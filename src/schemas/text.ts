import { z } from 'astro/zod';
import { firstHiddenCharacter } from './hidden-characters.ts';
import { placeholderProblem, withExample, wrongValue } from './messages.ts';
import { isPlaceholder } from './placeholder.ts';

/** How much a text field may hold: its most characters, and whether it may run over several lines. */
export interface TextSize {
  readonly most: number;
  readonly multiline: boolean;
}

/** A name or a title: a clinic, a treatment, a person, a step. */
export const NAME: TextSize = { most: 80, multiline: false };
/** One line of a list, a photo's description, an address. */
export const LINE: TextSize = { most: 200, multiline: false };
/** The one-line summary on the treatments page, which sits in a card. */
export const SUMMARY: TextSize = { most: 160, multiline: false };
/** A description for search engines, or a sentence or two about needle depths. */
export const SHORT_PARAGRAPH: TextSize = { most: 300, multiline: true };
/** What happens in a step or a stage, a warning, the reason for a rule. */
export const PARAGRAPH: TextSize = { most: 1000, multiline: true };

/** The message for a text with a character no editor types, naming it and where it is. */
export function hiddenCharacterProblem(label: string, text: string, multiline: boolean): string {
  const found = firstHiddenCharacter(text, multiline);
  if (!found) return '';
  const where = found.after === '' ? 'at its start' : `after "${found.after}"`;
  if (found.code === 'U+000A') {
    return `${label} must be on one line, but it has a line break ${where}. Join the lines into one.`;
  }
  return `${label} has a hidden character in it, ${found.name} (${found.code}), ${where}. Such characters change the order text is shown in, or hide it. Delete it, or type the text again instead of pasting it.`;
}

/**
 * A piece of text an editor must fill in. `label` says what it is for ("The treatment's name"),
 * `example` is a right line as typed in the file ("name: Facial peel") and `size` how much it holds.
 */
export const requiredText = (label: string, example: string, size: TextSize) =>
  z
    .string({ error: wrongValue(label, 'text', example) })
    .trim()
    .min(1, { error: withExample(`${label} cannot be empty.`, example) })
    // A placeholder of a new file gets its own message alone, however long it is.
    .refine((text) => !isPlaceholder(text), {
      error: withExample(placeholderProblem(label), example),
      abort: true,
    })
    .max(size.most, {
      error: (issue) =>
        withExample(
          `${label} is ${String(issue.input).length} characters long; keep it to ${size.most} or fewer.`,
          example,
        ),
    })
    .refine((text) => firstHiddenCharacter(text, size.multiline) === undefined, {
      error: (issue) =>
        withExample(hiddenCharacterProblem(label, String(issue.input), size.multiline), example),
    });

/** At most `most` items in a list, so one page cannot grow without end. */
export const atMost = <Item extends z.ZodType>(
  list: z.ZodArray<Item>,
  label: string,
  most: number,
  example: string,
) =>
  list.max(most, {
    error: (issue) =>
      withExample(
        `${label} can be at most ${most} items long; this list has ${Array.isArray(issue.input) ? issue.input.length : 'more'}.`,
        example,
      ),
  });

export interface ListSize {
  /** Each item's size. */
  readonly item: TextSize;
  /** The most items the list may have. */
  readonly most: number;
}

/** A list of texts, such as things to do after a session. */
export const textList = (label: string, itemLabel: string, example: string, size: ListSize) =>
  atMost(
    z.array(requiredText(itemLabel, example, size.item), {
      error: wrongValue(label, 'a list', example),
    }),
    label,
    size.most,
    example,
  );

/** A list of texts with at least one item. */
export const requiredTextList = (
  label: string,
  itemLabel: string,
  example: string,
  size: ListSize,
) =>
  textList(label, itemLabel, example, size).min(1, {
    error: withExample(`${label} needs at least one item.`, example),
  });
