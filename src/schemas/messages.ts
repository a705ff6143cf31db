import { z } from 'astro/zod';
import { numberWithUnit, type UnitPlace } from './number-with-unit.ts';
import { closestSpelling } from './spelling.ts';
import { isPlaceholder } from './placeholder.ts';

/**
 * Every message is what is wrong, then this, then a right example as it would be typed in the file.
 * `npm run check:content` splits a message here to print the example on a line of its own.
 */
export const FOR_EXAMPLE = ' For example: ';

export const withExample = (problem: string, example: string) =>
  `${problem}${FOR_EXAMPLE}${example}`;

/** A message's two parts: what is wrong, and the example when it has one. */
export function partsOfMessage(message: string): { problem: string; example?: string } {
  const split = message.indexOf(FOR_EXAMPLE);
  return split === -1
    ? { problem: message }
    : { problem: message.slice(0, split), example: message.slice(split + FOR_EXAMPLE.length) };
}

export const placeholderProblem = (label: string) =>
  `${label} still has the placeholder text of a new file. Replace it with your own words.`;

function whatIsWrong(input: unknown, label: string, shouldBe: string): string {
  if (input === undefined) return `${label} is missing.`;
  // YAML reads a field with nothing after its colon as null.
  if (input === null) return `${label} is empty.`;
  if (isPlaceholder(input)) return placeholderProblem(label);
  return `${label} must be ${shouldBe}.`;
}

/**
 * The message for a value of the wrong kind. `label` says in an editor's words what the field is
 * for; a missing or empty value and a generator's leftover `[Write ...]` get messages of their own.
 */
export const wrongValue =
  (label: string, shouldBe: string, example: string) => (issue: { input?: unknown }) =>
    withExample(whatIsWrong(issue.input, label, shouldBe), example);

function unknownFieldsMessage(keys: readonly string[], fields: readonly string[], where: string) {
  const quoted = keys.map((key) => `"${key}"`).join(', ');
  const problem = `${quoted} ${keys.length === 1 ? 'is not a field' : 'are not fields'} ${where} can have. Check the spelling; the fields are: ${fields.join(', ')}.`;
  const suggestion = keys
    .map((key) => ({ key, field: closestSpelling(key, fields) }))
    .find(({ field }) => field !== undefined);
  return suggestion
    ? withExample(problem, `rename "${suggestion.key}" to "${suggestion.field}"`)
    : problem;
}

/**
 * As `wrongValue`, for a number. A number typed inside quote marks is text to YAML, and is told so; a
 * number typed with its unit is told where the unit goes (`unit`); a placeholder is told to go
 * with its quote marks.
 */
export const wrongNumber =
  (label: string, shouldBe: string, example: string, unit: UnitPlace) =>
  (issue: { input?: unknown }) => {
    const { input } = issue;
    if (typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
      return withExample(`${label} must be a number with no quote marks around it.`, example);
    }
    if (isPlaceholder(input)) {
      return withExample(
        `${label} still has the placeholder text of a new file. Replace it, quote marks and all, with a number.`,
        example,
      );
    }
    const withUnit = numberWithUnit(label, input, example, unit);
    return withUnit
      ? withExample(withUnit.problem, withUnit.example)
      : wrongValue(label, shouldBe, example)(issue);
  };

export interface GroupHelp {
  /** What the group is for, as the subject of a sentence: "The time between two sessions". */
  label: string;
  /** What it must hold: "a value and a unit". */
  shouldBe: string;
  /** Where an unknown field was found: "this file", "each step". */
  where: string;
  example: string;
}

/**
 * A group of fields that refuses any other field, in words an editor can act on, listing the fields
 * it does have so a misspelling is easy to spot.
 */
export const fieldGroup = <Shape extends z.core.$ZodLooseShape>(shape: Shape, help: GroupHelp) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFieldsMessage(issue.keys, Object.keys(shape), help.where)
        : wrongValue(help.label, help.shouldBe, help.example)(issue),
  });
