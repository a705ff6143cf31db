import { z } from 'astro/zod';

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

export interface FieldHelp {
  /** The words the content check uses for the field. */
  label: string;
  /** The content check's example, as a form shows it: the value alone. */
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
 * The label and example the content check gives a field, read from the message it shows when the
 * field is missing ("The clinic's name is missing. For example: clinicName: The Skin Clinic"), so
 * the forms and the check always use the same words.
 */
export function helpOf(schema: z.ZodType): FieldHelp {
  const missing = unwrap(schema).safeParse(undefined);
  const message = missing.success ? '' : (missing.error.issues[0]?.message ?? '');
  const found = /^(.+?) is missing\.(?: For example: ([\s\S]+))?$/.exec(message);
  if (!found?.[1]) throw new Error(`No label in the content check's message: "${message}"`);
  const value = found[2] === undefined ? undefined : exampleValue(found[2]);
  return {
    label: found[1],
    ...(value === undefined ? {} : { description: `For example: ${value}` }),
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
