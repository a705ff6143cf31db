/**
 * Whether two values of a field say the same to an editor, however the file writes them: a date
 * quoted or not, a list or group left out or written empty (the forms save an emptied list as `[]`
 * and an empty group as `{}`), a text left out or written empty.
 */
import { isDeepStrictEqual } from 'node:util';

/** js-yaml reads `2026-11-27` as midnight UTC; the forms may write the same day quoted, as text. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The value with its empty parts left out, and undefined when nothing is left. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return dateText(value);
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(plain);
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).flatMap(([key, field]) => {
      const kept = plain(field);
      return kept === undefined ? [] : [[key, kept] as const];
    });
    return fields.length === 0 ? undefined : Object.fromEntries(fields);
  }
  return value === null || value === '' ? undefined : value;
}

export const sameValue = (before: unknown, after: unknown) =>
  isDeepStrictEqual(plain(before), plain(after));
