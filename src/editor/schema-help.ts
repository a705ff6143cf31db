import { z } from 'astro/zod';
import { fieldHelp } from '../schemas/field-help.ts';

/** The parts of a zod schema's definition this file reads. */
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
};

const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

/** The field a pipe checks: after a preprocess, before a .transform() or .pipe(). */
function piped(def: Def): z.ZodType | undefined {
  if (def.type !== 'pipe') return undefined;
  return def.in && defOf(def.in).type === 'transform' ? def.out : def.in;
}

/** The schema under .optional(), .default(), a preprocess, a .pipe() or a .transform(). */
export function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  const inner = def.innerType ?? piped(def);
  return inner ? unwrap(inner) : schema;
}

/** The fields of a group, each as the schema declares it. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('Not a group of fields');
  return inner.shape as Record<string, z.ZodType>;
}

/** What each item of a list must be. */
export function itemOf(schema: z.ZodType): z.ZodType {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodArray)) throw new Error('Not a list');
  return inner.element as z.ZodType;
}

/** The choices a field offers, in the schema's order. */
export function choicesOf(schema: z.ZodType): readonly string[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodEnum)) throw new Error('Not a choice');
  return inner.options as string[];
}

export interface FormHelp {
  /** The words the content check uses for the field. */
  label: string;
  /** The field's help and the content check's example, as a form shows them: the value alone. */
  description?: string;
  /** Whether the content check refuses a file without it. */
  isRequired: boolean;
}

/** `key: value` as a form shows it: `value`, a list without its brackets; a group shows nothing. */
function exampleValue(example: string): string | undefined {
  const value = /^[A-Za-z]+: (.+)$/.exec(example)?.[1];
  if (value === undefined || value.startsWith('{')) return undefined;
  return value.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The label, help and example the schemas give a field, the same words the content check's
 * messages are made from, so the forms and the check never disagree.
 */
export function helpOf(schema: z.ZodType): FormHelp {
  const words = fieldHelp.get(unwrap(schema));
  if (!words)
    throw new Error('No label in the schemas for this field: give it words with described()');
  const value = exampleValue(words.example);
  const description = [words.help, value === undefined ? undefined : `For example: ${value}`]
    .filter((part) => part !== undefined)
    .join(' ');
  return {
    label: words.label,
    ...(description === '' ? {} : { description }),
    isRequired: !schema.safeParse(undefined).success,
  };
}

/** A check on a text's length or a list's size, as zod keeps it. */
type LengthCheck = { _zod: { def: { check: string; minimum?: number; maximum?: number } } };

/** The fewest and most characters of a text, or items of a list, the schema allows. */
export function lengthsOf(schema: z.ZodType): { min: number; max: number } {
  const checks = (unwrap(schema).def as { checks?: LengthCheck[] }).checks ?? [];
  const defs = checks.map((check) => check._zod.def);
  const min = defs.find((def) => def.check === 'min_length')?.minimum;
  const max = defs.find((def) => def.check === 'max_length')?.maximum;
  return { min: min ?? 0, max: max ?? Infinity };
}
