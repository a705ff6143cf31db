import { z } from 'astro/zod';
import { fieldHelp, type FieldHelp, type Problem } from './field-help.ts';
import {
  hiddenCharacterProblem,
  notADate,
  placeholderProblem,
  unknownFieldsMessage,
  withExample,
} from './messages.ts';
import { numberWithUnit } from './number-with-unit.ts';
import { isPlaceholder } from './placeholder.ts';

type Issue = z.core.$ZodRawIssue;

/** What is wrong, and the example to show when it is not the field's own. */
interface Words {
  problem: string;
  example?: string;
}

const COUNTS = ['no', 'one', 'two', 'three'];

function wrongKind(input: unknown, help: FieldHelp): Words {
  const { label, example, unit } = help;
  if (unit?.sign && typeof input === 'string' && input.trim().startsWith(unit.sign.symbol)) {
    return { problem: unit.sign.problem };
  }
  if (unit) {
    // A number typed inside quote marks is text to YAML, and a number with its unit is too.
    if (typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
      return { problem: `${label} must be a number with no quote marks around it.` };
    }
    if (isPlaceholder(input)) {
      return {
        problem: `${label} still has the placeholder text of a new file. Replace it, quote marks and all, with a number.`,
      };
    }
    const withUnit = numberWithUnit(label, input, example, unit);
    if (withUnit) return withUnit;
  }
  if (input === undefined) return { problem: `${label} is missing.` };
  if (help.ownWords?.wrongKind) return { problem: help.ownWords.wrongKind };
  // YAML reads a field with nothing after its colon as null.
  if (input === null) return { problem: `${label} is empty.` };
  if (isPlaceholder(input)) return { problem: placeholderProblem(label) };
  return { problem: `${label} must be ${help.shouldBe}.` };
}

/**
 * What kind of value the field holds. zod measures a value of the wrong kind too (a text where a
 * list belongs) and names what it measured, so the field's own kind decides the words.
 */
const kindOf = (issue: Issue) => issue.schema?._zod.def.type;

function tooSmall(issue: Issue & { code: 'too_small' }, help: FieldHelp): string {
  const { label, ownWords = {} } = help;
  const least = Number(issue.minimum);
  if (kindOf(issue) === 'string') return `${label} cannot be empty.`;
  if (kindOf(issue) === 'array') {
    const item = help.item ?? 'item';
    return (
      ownWords.tooFew ??
      `${label} needs at least ${COUNTS[least] ?? least} ${least === 1 ? item : `${item}s`}.`
    );
  }
  if (ownWords.tooSmall ?? ownWords.outOfRange) return (ownWords.tooSmall ?? ownWords.outOfRange)!;
  if (issue.inclusive === false) return `${label} must be more than ${least}.`;
  return least === 0 ? `${label} cannot be below 0.` : `${label} must be at least ${least}.`;
}

function tooBig(issue: Issue & { code: 'too_big' }, help: FieldHelp): string {
  const { label, ownWords = {} } = help;
  const most = Number(issue.maximum);
  const { input } = issue;
  if (kindOf(issue) === 'string') {
    return `${label} is ${String(input).length} characters long; keep it to ${most} or fewer.`;
  }
  if (kindOf(issue) === 'array') {
    return `${label} can be at most ${most} items long; this list has ${Array.isArray(input) ? input.length : 'more'}.`;
  }
  return ownWords.tooBig ?? ownWords.outOfRange ?? `${label} can be at most ${most}.`;
}

function checked(problem: Problem, issue: Issue, help: FieldHelp): Words | undefined {
  const { label, example } = help;
  const params = (issue as { params?: { multiline?: boolean } }).params ?? {};
  switch (problem) {
    case 'wrongKind':
      return wrongKind(issue.input, help);
    case 'placeholder':
      return { problem: placeholderProblem(label) };
    case 'hiddenCharacter':
      return {
        problem: hiddenCharacterProblem(label, String(issue.input), params.multiline ?? false),
      };
    case 'notADate':
      return notADate(label, example, issue.input);
    case 'timeOfDay':
      return { problem: `${label} must be a date only, with no time of day.` };
    case 'repeated':
      return { problem: `${label} lists the same ${help.item ?? 'item'} twice.` };
    case 'outOfRange':
      return help.ownWords?.outOfRange ? { problem: help.ownWords.outOfRange } : undefined;
  }
}

function wordsFor(issue: Issue, help: FieldHelp): Words | undefined {
  switch (issue.code) {
    case 'too_small':
      return { problem: tooSmall(issue, help) };
    case 'too_big':
      return { problem: tooBig(issue, help) };
    case 'unrecognized_keys': {
      const fields = issue.schema instanceof z.ZodObject ? Object.keys(issue.schema.shape) : [];
      return { problem: unknownFieldsMessage(issue.keys, fields, help.where ?? 'this group') };
    }
    case 'invalid_type':
      // zod reports a number with a fraction where a whole one belongs as the wrong kind.
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return { problem: help.ownWords?.notWhole ?? `${help.label} must be a whole number.` };
      }
      return wrongKind(issue.input, help);
    case 'custom': {
      const problem = (issue.params as { problem?: Problem } | undefined)?.problem;
      return problem ? checked(problem, issue, help) : undefined;
    }
    default:
      return wrongKind(issue.input, help);
  }
}

/**
 * The one error map of the content schemas: it words every issue a field raises from that field's
 * help (`fieldHelp`), for the content check, the build and the preview alike. A check with words
 * of its own (a rule across fields, such as stages in order) keeps them.
 */
export const editorMessage: z.core.$ZodErrorMap = (issue) => {
  const schema = issue.schema ?? issue.inst;
  const help = schema && fieldHelp.get(schema as z.ZodType);
  if (!help) return undefined;
  const words = wordsFor(issue, help);
  if (!words) return undefined;
  // unknownFieldsMessage writes its own example, a rename, or none when there is nothing to suggest.
  if (issue.code === 'unrecognized_keys') return words.problem;
  return withExample(words.problem, words.example ?? help.example);
};

/**
 * A field with its words: the error map words its issues from them, and the forms find them.
 * Give a field its words before `.optional()`, `.default()` or `.transform()`, which wrap it.
 */
export function described<Schema extends z.ZodType>(schema: Schema, help: FieldHelp): Schema {
  const field = schema.clone(z.core.util.mergeDefs(schema._zod.def, { error: editorMessage }), {
    parent: true,
  });
  fieldHelp.add(field, help);
  return field;
}
