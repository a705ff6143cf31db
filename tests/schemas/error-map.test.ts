import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { described, editorMessage } from '~/schemas/error-map';
import { fieldGroup } from '~/schemas/field-group';
import { calendarDate, weekdays } from '~/schemas/date-fields';
import { listOf, requiredText } from '~/schemas/text';

const text = requiredText("The treatment's name", 'name: Facial peel', {
  most: 10,
  multiline: false,
});
const depth = described(z.number().positive().max(5), {
  label: 'The depth',
  example: 'depth: 1.5',
  shouldBe: 'a number of millimetres',
  unit: { advice: 'Write the number only.' },
  ownWords: { tooBig: 'The depth is too long for a needle.' },
});
const sessions = described(z.int().nonnegative().max(12), {
  label: 'The number of sessions',
  example: 'sessions: 6',
  shouldBe: 'a whole number',
  unit: { advice: 'Write weeks on the line below.', unitLine: () => 'unit: weeks' },
});
const areas = listOf(text, 2, {
  label: 'The areas',
  example: 'areas: [face]',
  shouldBe: 'a list',
  item: 'area',
}).min(1);
const group = fieldGroup(
  { name: text },
  { label: 'The file', example: 'name: Facial peel', shouldBe: 'a group', where: 'this file' },
);

/** The one message `schema` gives for `value`. */
function messageFor(schema: z.ZodType, value: unknown): string {
  const issues = schema.safeParse(value).error?.issues ?? [];
  expect(issues).toHaveLength(1);
  return issues[0]!.message;
}

describe('the error map, for every kind of issue', () => {
  it('says a field is missing, or empty, from its label, with its example', () => {
    expect(messageFor(text, undefined)).toBe(
      "The treatment's name is missing. For example: name: Facial peel",
    );
    expect(messageFor(text, null)).toBe(
      "The treatment's name is empty. For example: name: Facial peel",
    );
    expect(messageFor(text, '  ')).toBe(
      "The treatment's name cannot be empty. For example: name: Facial peel",
    );
  });

  it('says what a value of the wrong kind must be', () => {
    expect(messageFor(text, 12)).toBe(
      "The treatment's name must be text. For example: name: Facial peel",
    );
    expect(messageFor(areas, 5)).toBe('The areas must be a list. For example: areas: [face]');
    expect(messageFor(group, 'x')).toBe('The file must be a group. For example: name: Facial peel');
  });

  it('names the placeholder of a new file, in text and in a number', () => {
    expect(messageFor(text, '[Write the name]')).toBe(
      "The treatment's name still has the placeholder text of a new file. Replace it with your own words. For example: name: Facial peel",
    );
    expect(messageFor(depth, '[Write the depth]')).toBe(
      'The depth still has the placeholder text of a new file. Replace it, quote marks and all, with a number. For example: depth: 1.5',
    );
  });

  it('tells where the unit of a number goes, and that a comma is not a decimal point', () => {
    expect(messageFor(depth, '1,5mm')).toBe(
      'The depth must be the number alone, but "1,5mm" has its unit in it. Write the number only. Use a full stop for decimals, not a comma. For example: depth: 1.5',
    );
    expect(messageFor(sessions, '6 weeks')).toBe(
      'The number of sessions must be the number alone, but "6 weeks" has its unit in it. Write weeks on the line below. For example: sessions: 6\nunit: weeks',
    );
    expect(messageFor(depth, '2')).toBe(
      'The depth must be a number with no quote marks around it. For example: depth: 1.5',
    );
  });

  it('words a number out of range from its limits, or the field’s own words', () => {
    expect(messageFor(sessions, -1)).toBe(
      'The number of sessions cannot be below 0. For example: sessions: 6',
    );
    expect(messageFor(sessions, 13)).toBe(
      'The number of sessions can be at most 12. For example: sessions: 6',
    );
    expect(messageFor(sessions, 1.5)).toBe(
      'The number of sessions must be a whole number. For example: sessions: 6',
    );
    expect(messageFor(depth, 0)).toBe('The depth must be more than 0. For example: depth: 1.5');
    expect(messageFor(depth, 9)).toBe(
      'The depth is too long for a needle. For example: depth: 1.5',
    );
  });

  it('counts the characters of a text too long and the items of a list too long or too short', () => {
    expect(messageFor(text, 'A very long name')).toBe(
      "The treatment's name is 16 characters long; keep it to 10 or fewer. For example: name: Facial peel",
    );
    expect(messageFor(areas, ['face', 'neck', 'back'])).toBe(
      'The areas can be at most 2 items long; this list has 3. For example: areas: [face]',
    );
    expect(messageFor(areas, [])).toBe(
      'The areas needs at least one area. For example: areas: [face]',
    );
  });

  it('rewrites a date written another way, and refuses a time of day or a day twice', () => {
    const date = calendarDate('The review date', 'lastReviewed: 2026-11-27');
    expect(messageFor(date, '31/12/2026')).toBe(
      'The review date must be written as year-month-day: 31/12/2026 is written 2026-12-31. For example: lastReviewed: 2026-12-31',
    );
    expect(messageFor(date, '2026-02-30')).toBe(
      'The review date must be a real date written as year-month-day. For example: lastReviewed: 2026-11-27',
    );
    expect(messageFor(date, new Date('2026-11-27T10:00:00Z'))).toBe(
      'The review date must be a date only, with no time of day. For example: lastReviewed: 2026-11-27',
    );
    expect(messageFor(weekdays('The days', 'days: [monday]'), ['monday', 'monday'])).toBe(
      'The days lists the same day twice. For example: days: [monday]',
    );
  });

  it('names a field a group does not have, and the one it was probably meant to be', () => {
    expect(messageFor(group, { name: 'Peel', nmae: 'x' })).toBe(
      '"nmae" is not a field this file can have. Check the spelling; the fields are: name. For example: rename "nmae" to "name"',
    );
  });

  it('names a hidden character and where it is', () => {
    expect(messageFor(text, 'ab\u202Ecd')).toBe(
      `The treatment's name has a hidden character in it, a right-to-left override (U+202E), after "ab". Such characters change the order text is shown in, or hide it. Delete it, or type the text again instead of pasting it. For example: name: Facial peel`,
    );
  });

  it('leaves a field with no words, and a check with words of its own, to others', () => {
    expect(editorMessage({ code: 'custom', input: 1, path: [], inst: z.string() })).toBeUndefined();
    const own = text.refine(() => false, { error: 'Its own words.' });
    expect(messageFor(own, 'Peel')).toBe('Its own words.');
  });
});
