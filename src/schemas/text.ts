import { z } from 'astro/zod';
import { described } from './error-map.ts';
import { found, type FieldHelp } from './field-help.ts';
import { firstHiddenCharacter } from '../text/hidden-characters.ts';
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

/**
 * A piece of text an editor must fill in. `label` says what it is for ("The treatment's name"),
 * `example` is a right line as typed in the file ("name: Facial peel") and `size` how much it holds.
 */
export const requiredText = (label: string, example: string, size: TextSize) =>
  described(
    z
      .string()
      .trim()
      .min(1)
      // A placeholder of a new file gets its own message alone, however long it is.
      .refine((text) => !isPlaceholder(text), { params: found('placeholder'), abort: true })
      .max(size.most)
      .refine((text) => firstHiddenCharacter(text, size.multiline) === undefined, {
        params: found('hiddenCharacter', { multiline: size.multiline }),
      }),
    { label, example, shouldBe: 'text' },
  );

/**
 * A list of at most `most` items, so one page cannot grow without end. `help` words the list as a
 * whole; each item has words of its own.
 */
export const listOf = <Item extends z.ZodType>(item: Item, most: number, help: FieldHelp) =>
  described(z.array(item).max(most), help);

export interface ListSize {
  /** Each item's size. */
  readonly item: TextSize;
  /** The most items the list may have. */
  readonly most: number;
}

/** A list of texts, such as things to do after a session. */
export const textList = (label: string, itemLabel: string, example: string, size: ListSize) =>
  listOf(requiredText(itemLabel, example, size.item), size.most, {
    label,
    example,
    shouldBe: 'a list',
  });

/** A list of texts with at least one item. */
export const requiredTextList = (
  label: string,
  itemLabel: string,
  example: string,
  size: ListSize,
) => textList(label, itemLabel, example, size).min(1);
