import { z } from 'astro/zod';
import type { UnitPlace } from './number-with-unit.ts';

/** Problems whose usual words do not fit a field, each as the whole sentence the editor reads. */
export interface OwnWords {
  /** A value given but not of the kind the field takes. */
  wrongKind?: string;
  /** A list with fewer items than it needs. */
  tooFew?: string;
  /** A number below the lowest allowed. */
  tooSmall?: string;
  /** A number above the highest allowed. */
  tooBig?: string;
  /** A number with a fraction where a whole one belongs. */
  notWhole?: string;
  /** A number outside its range, however it is outside. */
  outOfRange?: string;
}

/**
 * The words for one field, written once: the content check's messages, the build's and the forms'
 * labels are all made from them.
 */
export interface FieldHelp {
  /** What the field is for, as the subject of a sentence: "The treatment's name". */
  label: string;
  /** A right line, as it is typed in the file: "name: Facial peel". */
  example: string;
  /** What a right value is, after "must be": "text", "a list of days". */
  shouldBe: string;
  /** A sentence the forms show under the label, when the label alone does not say enough. */
  help?: string;
  /** For a group: where an unknown field was found, after "is not a field": "this file". */
  where?: string;
  /** For a number: where its unit is written instead, when it is typed with one. */
  unit?: UnitPlace;
  /** For a list: what one item is, for "needs at least one day"; "item" when not given. */
  item?: string;
  ownWords?: OwnWords;
}

/** Every field's words, found from the field's schema by the error map and by the forms. */
export const fieldHelp = z.registry<FieldHelp>();

/**
 * The problems a check of this project's own can find, named in a custom issue's
 * `params.problem`; the error map words each one from the field's help.
 */
export type Problem =
  | 'wrongKind'
  | 'placeholder'
  | 'hiddenCharacter'
  | 'notADate'
  | 'timeOfDay'
  | 'repeated'
  | 'outOfRange';

/** The params of a custom check that the error map words: `{ params: found('repeated') }`. */
export const found = (problem: Problem, details: { multiline?: boolean } = {}) => ({
  problem,
  ...details,
});
