/** What changed in an item (a treatment, a profile, the clinic's settings), in an editor's words. */
import { formatAndList } from '../../lib/lists.ts';
import { PAGE_TEXT, type FieldLabels } from './field-labels.ts';
import type { Fields, Version } from './read-version.ts';
import { samePageText } from './same-page-text.ts';
import { sameValue } from './same-value.ts';

const MISTAKE = 'could not be read: it has a mistake';

const own = (fields: Fields, key: string) => (Object.hasOwn(fields, key) ? fields[key] : undefined);

/** A label starts with a capital letter in a form, and with a small one inside a line. */
const inLine = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The fields whose values differ, in the forms' order; fields no form has come last, by name. */
function changedFields(before: Fields, after: Fields, labels: FieldLabels): string[] {
  const notInForms = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !labels.has(key))
    .sort();
  return [...labels.keys(), ...notInForms]
    .filter((key) => !sameValue(own(before, key), own(after, key)))
    .map((key) => inLine(labels.get(key) ?? key));
}

/** The text after the item's name, or undefined when nothing an editor would see has changed. */
export function whatChanged(
  before: Version | undefined,
  after: Version | undefined,
  labels: FieldLabels,
): string | undefined {
  if (!after) return before ? 'removed' : undefined;
  if (!after.readable) return before ? MISTAKE : `added, but it ${MISTAKE}`;
  if (!before) return 'added';
  if (!before.readable) return 'mistake put right';
  const changed = changedFields(before.fields, after.fields, labels);
  if (!samePageText(before.body, after.body)) changed.push(PAGE_TEXT);
  return changed.length === 0 ? undefined : formatAndList(changed);
}

/** The item's name from its field, or undefined when the field holds no text. */
export function nameIn(version: Version | undefined, field: string): string | undefined {
  const name = version?.readable ? own(version.fields, field) : undefined;
  if (typeof name !== 'string') return undefined;
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}
