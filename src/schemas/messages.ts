import { firstHiddenCharacter } from '../text/hidden-characters.ts';
import { isPlaceholder } from './placeholder.ts';
import { closestSpelling } from '../text/spelling.ts';
import { asYearMonthDay } from '../calendar/written-dates.ts';

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

/** Fields a group does not have, with the ones it does, and the nearest name when one is a slip away. */
export function unknownFieldsMessage(
  keys: readonly string[],
  fields: readonly string[],
  where: string,
) {
  const quoted = keys.map((key) => `"${key}"`).join(', ');
  const problem = `${quoted} ${keys.length === 1 ? 'is not a field' : 'are not fields'} ${where} can have. Check the spelling; the fields are: ${fields.join(', ')}.`;
  const suggestion = keys
    .map((key) => ({ key, field: closestSpelling(key, fields) }))
    .find(({ field }) => field !== undefined);
  return suggestion
    ? withExample(problem, `rename "${suggestion.key}" to "${suggestion.field}"`)
    : problem;
}

/** The message for a text with a character no editor types, naming it and where it is. */
export function hiddenCharacterProblem(label: string, text: string, multiline: boolean): string {
  const hidden = firstHiddenCharacter(text, multiline);
  if (!hidden) return '';
  const where = hidden.after === '' ? 'at its start' : `after "${hidden.after}"`;
  if (hidden.code === 'U+000A') {
    return `${label} must be on one line, but it has a line break ${where}. Join the lines into one.`;
  }
  return `${label} has a hidden character in it, ${hidden.name} (${hidden.code}), ${where}. Such characters change the order text is shown in, or hide it. Delete it, or type the text again instead of pasting it.`;
}

const DATE_IN_EXAMPLE = /\d{4}-\d{2}-\d{2}/;

/**
 * What is wrong with text that is not a `YYYY-MM-DD` day. A date written another way (31/12/2026) is
 * shown rewritten, in the example too, so the editor can copy their own date back.
 */
export function notADate(
  label: string,
  example: string,
  written: unknown,
): { problem: string; example: string } {
  if (isPlaceholder(written)) return { problem: placeholderProblem(label), example };
  const text = typeof written === 'string' ? written.trim() : '';
  const meant = asYearMonthDay(text);
  if (meant === undefined) {
    return { problem: `${label} must be a real date written as year-month-day.`, example };
  }
  return {
    problem: `${label} must be written as year-month-day: ${text} is written ${meant}.`,
    example: example.replace(DATE_IN_EXAMPLE, meant),
  };
}
