/**
 * The writing check of one form field as the editor types: the same checker, word list, reading
 * age and allowed wording as `npm run check:content`, for one text. Pure: the lists come in.
 */
import { z } from 'astro/zod';
import { readBody } from '../body/read-body.ts';
import type { AllowedWording } from '../files/writing-lists.ts';
import { COLLECTIONS } from '../files/read-content.ts';
import { isAllowed } from '../rules/writing.ts';
import { writingChecker } from '../../writing-check/check-text.ts';
import type { WritingFinding } from '../../writing-check/finding.ts';
import type { WritingSettings } from '../../writing-check/processor.ts';

/** What a form sends: the text, and where it is, so the check reads it as the content check does. */
export const fieldTextSchema = z.strictObject({
  /** The form's collection, such as `treatments`, or `site` for the clinic settings. */
  collection: z.string().max(100),
  /** The entry's file name without `.mdx`; none for a new entry. */
  entry: z.string().max(200).optional(),
  /** `body` for the MDX page text, which is read as the page shows it; any other is a field's name. */
  field: z.string().max(200),
  text: z.string(),
});

export type FieldText = z.infer<typeof fieldTextSchema>;

export interface WritingLists {
  settings: WritingSettings;
  allowed: readonly AllowedWording[];
}

export const PAGE_TEXT = 'body';

const isChecked = (collection: string) => (COLLECTIONS as readonly string[]).includes(collection);

/** The file the content check names for this entry, which the allowed wording lists by. */
const fileOf = ({ collection, entry }: FieldText) =>
  entry === undefined ? undefined : `content/${collection}/${entry}.mdx`;

/**
 * The findings for the text, as check:content would report them for this field. The clinic
 * settings are not read by the writing check, so their fields have none; page text that the MDX
 * reader cannot read has its own mistake, which the content check names instead.
 */
export function findingsFor(field: FieldText, lists: WritingLists): WritingFinding[] {
  if (!isChecked(field.collection) || field.text.trim() === '') return [];
  const checker = writingChecker(lists.settings);
  let found: WritingFinding[];
  if (field.field === PAGE_TEXT) {
    const tree = readBody(field.text);
    found = tree.readable ? checker.body(tree.root, field.text) : [];
  } else {
    found = checker.field(field.text);
  }
  const file = fileOf(field);
  const seen = new Set<string>();
  return found
    .filter((finding) => file === undefined || !isAllowed(file, finding, lists.allowed))
    .filter(({ line, words, why }) => {
      const key = JSON.stringify([line, words, why]);
      return !seen.has(key) && Boolean(seen.add(key));
    });
}
