/**
 * A time after a session as an editor says it, "48 hours" or "1 day", and the `{ value, unit }`
 * group the content files keep it as. No React here: the box and its tests both use it.
 */

/** A time as a file may hold it: any value, right or wrong. */
export type StoredTime = unknown;

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const asWord = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean).trim();
};

/** "1 hour", "48 hours": one of a unit is said without its s. */
function said(value: string, unit: string): string {
  if (value === '') return '';
  if (unit === '') return value;
  return value === '1' && unit.endsWith('s') ? `${value} ${unit.slice(0, -1)}` : `${value} ${unit}`;
}

/**
 * The words a box shows for what a file holds. A group with no number, as a form writes an
 * optional time left empty (`{ unit: hours }`), shows nothing; a value of the wrong kind is shown
 * as it is written, so the editor sees what to fix.
 */
export function timeInWords(stored: StoredTime): string {
  if (!isGroup(stored)) return asWord(stored);
  const known = new Set(['value', 'unit']);
  const others = Object.keys(stored).filter((key) => !known.has(key));
  if (others.length > 0) return JSON.stringify(stored);
  return said(asWord(stored['value']), asWord(stored['unit']));
}

const TYPED = /^(-?\d+(?:[.,]\d+)?)\s*([A-Za-z]+)?\.?$/u;
const FIGURES = /^-?\d+(?:\.\d+)?$/u;

/**
 * The group the words are saved as: `48 hours` is `{ value: 48, unit: hours }`. A unit is taken in
 * the singular or the plural and in capitals; a unit or number the content check does not take is
 * kept as typed, so the check's message names it. Nothing typed is no time at all.
 */
export function timeFromWords(
  words: string,
  units: readonly string[],
): { value: number | string; unit?: string } | undefined {
  const typed = words.trim();
  if (typed === '') return undefined;
  const match = TYPED.exec(typed);
  if (!match) return { value: typed };
  const [, number = typed, unitTyped] = match;
  const value = FIGURES.test(number) ? Number(number) : number;
  if (unitTyped === undefined) return { value };
  const lower = unitTyped.toLowerCase();
  const unit = units.find((known) => known === lower || known === `${lower}s`) ?? unitTyped;
  return { value, unit };
}

/** The content check's example line, `end: { value: 72, unit: hours }`, as it is typed in a box. */
export function exampleInWords(example: string): string | undefined {
  const [, value, unit] = /value: (\d+), unit: (\w+)/u.exec(example) ?? [];
  return value === undefined || unit === undefined ? undefined : said(value, unit);
}
