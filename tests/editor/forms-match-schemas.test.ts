import { fieldHelp } from '~/schemas/field-help';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { aftercareSchema } from '~/schemas/aftercare';
import { practitionerSchema } from '~/schemas/practitioner';
import { procedureSchema } from '~/schemas/procedure';
import { siteSchema } from '~/schemas/site';
import { treatmentSchema } from '~/schemas/treatment';
import { aftercare, practitioners, procedures, site, treatments } from '~/editor/collections';
import { lengthsOf, unwrap } from '~/editor/schema-help';
import { fields } from '@keystatic/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { CONTENT } from '../helpers/content-fixtures';

/** The parts of a Keystatic field this test reads. */
interface FormField {
  kind: string;
  formKind?: string;
  parse?: (value: unknown, extra?: unknown) => unknown;
  serialize?: (value: unknown) => { value: unknown };
  serializeWithSlug?: (value: unknown) => { value: unknown };
  label?: string;
  fields?: Record<string, FormField>;
  element?: FormField;
  options?: readonly { value: string }[];
  defaultValue?: () => unknown;
  validate?: (value: unknown, args?: unknown) => unknown;
  validation?: { length?: { min?: number; max?: number } };
}

/** Whether the form would save `value`; a name field takes its text beside the file name. */
function formAccepts(field: FormField, value: unknown): boolean {
  const saves = (given: unknown) => {
    try {
      field.validate?.(given, {});
      return true;
    } catch (error) {
      if (error instanceof TypeError) throw error;
      return false;
    }
  };
  try {
    return saves(value);
  } catch {
    return saves({ name: value, slug: 'a' });
  }
}

/** A link to another file is picked from a list of the files, never typed, and starts empty. */
function isPicked(field: FormField): boolean {
  try {
    return field.defaultValue?.() === null;
  } catch {
    // A name field's starting value is made in the browser only.
    return false;
  }
}

/** Where the form and the schema disagree on how long a text may be, or on hidden characters. */
function textDifferences(
  text: z.ZodString,
  whole: z.ZodType,
  field: FormField,
  path: string,
): string[] {
  const most = text.maxLength;
  if (most === null || !field.validate || isPicked(field)) return [];
  // A web address is only saved when it starts with https://.
  const start = formAccepts(field, 'a') ? '' : 'https://';
  const longest = start + 'a'.repeat(most - start.length);
  // A form that runs the check's own schema refuses what the schema refuses, such as a phone
  // number of letters, whatever its length.
  return [
    ...(formAccepts(field, longest) || !whole.safeParse(longest).success
      ? []
      : [`${path}: the form refuses ${most} characters, which the content check allows`]),
    ...(formAccepts(field, `${longest}a`)
      ? [`${path}: the form saves more than the ${most} characters the content check allows`]
      : []),
    ...(formAccepts(field, `${start}a\u202Eb`)
      ? [`${path}: the form saves a right-to-left override, which the content check refuses`]
      : []),
  ];
}

/** Where the form and the schema disagree on how many items a list may have. */
function countDifferences(list: z.ZodArray, field: FormField, path: string): string[] {
  const most = lengthsOf(list).max;
  const formMost = field.validation
    ? (field.validation.length?.max ?? Infinity)
    : formAccepts(
          field,
          Array.from({ length: Number.isFinite(most) ? most + 1 : 10_000 }, () => 'a'),
        )
      ? Infinity
      : most;
  return formMost === most
    ? []
    : [`${path}: the form allows ${formMost} items, the content check ${most}`];
}

/** The words the content check uses for a field: the label its messages are made from. */
const schemaLabel = (schema: z.ZodType): string | undefined => fieldHelp.get(schema)?.label;

// Keystatic's stand-in for a field it keeps as written; the file is the place to edit it.
const KEPT_AS_WRITTEN = 'Ignored';

/** Every place the form and the schema disagree: a field, a choice or a label. */
function differences(schema: z.ZodType, field: FormField, path: string): string[] {
  if (field.label === KEPT_AS_WRITTEN) return [];
  const inner = unwrap(schema);
  const problems: string[] = [];
  const label = schemaLabel(inner);
  if (label !== undefined && field.label !== undefined && label !== field.label) {
    problems.push(`${path}: the form says "${field.label}", the content check "${label}"`);
  }
  // One box for a whole group, such as a time typed as "72 hours", is checked by what it saves.
  if (inner instanceof z.ZodObject && field.kind === 'form') return problems;
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const formFields = field.fields ?? {};
    const missing = Object.keys(shape).filter((key) => !(key in formFields));
    const extra = Object.keys(formFields).filter((key) => !(key in shape));
    if (missing.length) problems.push(`${path}: the form has no ${missing.join(', ')}`);
    if (extra.length) problems.push(`${path}: the schema has no ${extra.join(', ')}`);
    for (const key of Object.keys(shape).filter((key) => key in formFields)) {
      problems.push(...differences(shape[key]!, formFields[key]!, `${path}.${key}`));
    }
  } else if (inner instanceof z.ZodEnum) {
    const values = (field.options ?? []).map(({ value }) => value);
    if (values.join() !== inner.options.join()) {
      problems.push(
        `${path}: the form offers ${values.join()}, the schema ${inner.options.join()}`,
      );
    }
  } else if (inner instanceof z.ZodString) {
    problems.push(...textDifferences(inner, schema, field, path));
  } else if (inner instanceof z.ZodArray) {
    problems.push(...countDifferences(inner, field, path));
    const element = inner.element as z.ZodType;
    if (field.element) problems.push(...differences(element, field.element, `${path}[]`));
    else if (field.options) {
      problems.push(...differences(element, { kind: 'form', options: field.options }, `${path}[]`));
    }
  }
  return problems;
}

/** A collection's fields as one group, leaving out the page text, which is not frontmatter. */
function formOf(schema: Record<string, unknown>): FormField {
  const fields = Object.entries(schema as Record<string, FormField>).filter(
    ([key]) => key !== 'body',
  );
  return { kind: 'object', fields: Object.fromEntries(fields) };
}

const text = z.string();

describe('the browser forms match the content schemas', () => {
  const cases = [
    ['treatments', treatmentSchema(text, text), treatments.schema],
    ['procedures', procedureSchema(text), procedures.schema],
    ['aftercare', aftercareSchema(text), aftercare.schema],
    ['practitioners', practitionerSchema(text), practitioners.schema],
    ['site.yaml', siteSchema, site.schema],
  ] as const;

  it.each(cases)('%s: same fields, choices and labels', (name, schema, form) => {
    expect(differences(schema, formOf(form), name)).toEqual([]);
  });

  it('notices a field the form lacks and a label that differs', () => {
    const form = formOf(treatments.schema);
    const withoutSummary = Object.fromEntries(
      Object.entries(form.fields!).filter(([key]) => key !== 'summary'),
    );
    expect(
      differences(
        treatmentSchema(text, text),
        { kind: 'object', fields: withoutSummary },
        'treatments',
      ),
    ).toContain('treatments: the form has no summary');
    const relabelled = {
      ...formOf(practitioners.schema).fields!,
      role: { kind: 'form', label: 'Job' },
    };
    expect(
      differences(practitionerSchema(text), { kind: 'object', fields: relabelled }, 'p'),
    ).toEqual([`p.role: the form says "Job", the content check "The practitioner's job title"`]);
  });

  it('notices a form that saves longer text, more items or hidden characters', () => {
    const summary = fields.text({ label: 'Summary' }) as FormField;
    expect(differences(z.string().max(160), summary, 'summary')).toEqual([
      'summary: the form saves more than the 160 characters the content check allows',
      'summary: the form saves a right-to-left override, which the content check refuses',
    ]);
    const list = fields.array(fields.text({ label: 'Area' }), { label: 'Areas' }) as FormField;
    expect(differences(z.array(z.string()).max(20), list, 'areas')).toEqual([
      'areas: the form allows Infinity items, the content check 20',
    ]);
  });

  it('notices a choice the form offers that the schema refuses', () => {
    const weekdays = z.array(z.enum(['monday', 'tuesday']));
    const field = { kind: 'form', options: [{ value: 'monday' }, { value: 'funday' }] };
    expect(differences(weekdays, field, 'days')).toEqual([
      'days[]: the form offers monday,funday, the schema monday,tuesday',
    ]);
  });
});

/**
 * A value as a form holds it once the file is opened, field by field, as Keystatic reads it. Only
 * the field a file is named after (`slugField`, at the top) is told the file's name.
 */
function opened(field: FormField, value: unknown, path: string, slugField?: string): unknown {
  if (field.kind === 'form') {
    const state = field.parse!(value, path === slugField ? { slug: 'a' } : undefined);
    // What the form would refuse to save, it would also refuse to save back unchanged.
    try {
      field.validate?.(state, undefined);
    } catch (error) {
      throw new Error(`${path}: the form refuses ${JSON.stringify(state)}: ${String(error)}`);
    }
    return state;
  }
  if (field.kind === 'object') {
    if (
      value !== undefined &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    )
      throw new Error(`${path}: the form cannot open ${JSON.stringify(value)} as a group`);
    const group = (value ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(field.fields!).map(([key, inner]) => [
        key,
        opened(inner, group[key], path === '' ? key : `${path}.${key}`, slugField),
      ]),
    );
  }
  if (field.kind === 'array') {
    if (value !== undefined && !Array.isArray(value))
      throw new Error(`${path}: the form cannot open ${JSON.stringify(value)} as a list`);
    const fewest = field.validation?.length?.min ?? 0;
    if (((value ?? []) as unknown[]).length < fewest)
      throw new Error(`${path}: the form needs at least ${fewest} items to save`);
    return ((value ?? []) as unknown[]).map((item, index) =>
      opened(field.element!, item, `${path}[${index}]`),
    );
  }
  throw new Error(`${path}: a ${field.kind} field`);
}

/** What the form writes back for a value it holds. */
function saved(field: FormField, state: unknown, path: string, slugField?: string): unknown {
  if (field.kind === 'form') {
    return path === slugField
      ? field.serializeWithSlug!(state).value
      : field.serialize!(state).value;
  }
  if (field.kind === 'object') {
    const group = state as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(field.fields!)
        .map(([key, inner]) => [
          key,
          saved(inner, group[key], path === '' ? key : `${path}.${key}`, slugField),
        ])
        .filter(([, value]) => value !== undefined),
    );
  }
  return (state as unknown[]).map((item) => saved(field.element!, item, `${path}[]`));
}

/** The fields of a file: a YAML file, or an MDX file's frontmatter. */
function fieldsOf(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const yaml = path.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
  return load(yaml) as Record<string, unknown>;
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
const filesIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(folder, name));

describe('the browser forms open and save back every shape the content schemas accept', () => {
  const kinds = [
    ['treatments', treatmentSchema(text, text), treatments],
    ['procedures', procedureSchema(text), procedures],
    ['aftercare', aftercareSchema(text), aftercare],
    ['practitioners', practitionerSchema(text), practitioners],
  ] as const;
  const files = [
    ...kinds.flatMap(([folder, schema, form]) =>
      [CONTENT, join(FIXTURES, 'second-treatment')].flatMap((root) =>
        filesIn(join(root, folder)).map(
          (path) => [path, schema, form.schema, form.slugField as string | undefined] as const,
        ),
      ),
    ),
    [join(CONTENT, 'site.yaml'), siteSchema, site.schema, undefined] as const,
    // Every optional setting, and a one-day closure beside a range.
    [join(FIXTURES, 'clinic-details/site.yaml'), siteSchema, site.schema, undefined] as const,
  ];

  it.each(files)('%s', (path, schema, form, slugField) => {
    const written = fieldsOf(path);
    // A photo is picked from the computer, not written: it is left as it is.
    const { photo, ...kept } = written;
    const formFields = Object.fromEntries(
      Object.entries(formOf(form).fields!).filter(([key]) => key !== 'photo'),
    );
    const whole = { kind: 'object', fields: formFields };
    const state = opened(whole, kept, '', slugField);
    // Written to YAML and read back, as the form's save and the site's build do.
    const again = load(dump(saved(whole, state, '', slugField))) as object;
    expect(schema.parse({ ...again, ...(photo ? { photo } : {}) })).toEqual(schema.parse(written));
  });

  it('opens a one-day closure, a range, and a date written another way, and saves each as written', () => {
    const closures = formOf(site.schema).fields!['closures']!;
    const values = ['2026-12-25', { from: '2026-12-31', to: '2027-01-02' }];
    const state = opened(closures, values, 'closures');
    expect(dump(saved(closures, state, 'closures'))).toBe(
      '- 2026-12-25\n- from: 2026-12-31\n  to: 2027-01-02\n',
    );
    expect(
      dump(saved(closures, opened(closures, [new Date('2026-12-25')], 'closures'), 'closures')),
    ).toBe('- 2026-12-25\n');
    expect(() => opened(closures, ['31/12/2026'], 'closures')).toThrow(
      '31/12/2026 is written 2026-12-31',
    );
    const element = closures.element!;
    expect(element.parse!('31/12/2026')).toEqual({ from: '31/12/2026', to: '' });
  });

  it('a text box opens a value of the wrong kind as text, and saves the fix as text', () => {
    const form = formOf(practitioners.schema);
    const written = fieldsOf(join(CONTENT, 'practitioners/karen-evans.mdx'));
    const wrong = {
      ...written,
      role: 123,
      photoAlt: true,
      qualifications: [2020, ['a', 'b']],
    };
    const fields = Object.fromEntries(
      Object.entries(form.fields!).filter(([key]) => key !== 'photo'),
    );
    const whole = { kind: 'object', fields };
    const state = opened(whole, wrong, '', practitioners.slugField) as Record<string, unknown>;
    expect(state).toMatchObject({
      role: '123',
      photoAlt: 'true',
      qualifications: ['2020', '["a","b"]'],
    });
    const again = load(dump(saved(whole, state, '', practitioners.slugField))) as object;
    expect(again).toMatchObject({ role: '123', photoAlt: 'true' });
    const role = form.fields!['role']!;
    expect(role.parse!(new Date('2026-12-31'))).toBe('2026-12-31');
    expect(() => role.validate!('')).toThrow("The practitioner's job title");
    expect(role.serialize!('').value).toBeUndefined();
    // The site's reader, unlike the form, refuses the file as the content check does.
    expect(() =>
      (role as { reader?: { parse: (v: unknown) => unknown } }).reader!.parse(123),
    ).toThrow();
  });

  it('a number box keeps what was typed: a decimal comma is refused, never read as another number', () => {
    const depth = formOf(treatments.schema).fields!['needleDepths']!.fields!['clinic']!.fields![
      'max'
    ]!;
    expect(() => depth.validate!('1,5')).toThrow('with a full stop for decimals');
    expect(() => depth.validate!('15')).toThrow('more than 5 millimetres');
    expect(depth.serialize!('1.5').value).toBe(1.5);
    expect(depth.parse!('1,5mm')).toBe('1,5mm');
    expect(() => depth.validate!('1,5mm')).toThrow('has its unit in it');
  });
});

describe('a time after a session is one box, typed as it is said', () => {
  const stage = formOf(aftercare.schema).fields!['timeline']!.element!.fields!;
  const end = stage['end']!;
  const endsFrom = stage['endsFrom']!;

  it('opens a right time as words and saves it back exactly as the file had it', () => {
    const file = { unit: 'hours', value: 72 };
    const state = end.parse!(file) as { words: string };
    expect(state.words).toBe('72 hours');
    expect(end.serialize!(state).value).toBe(file);
    expect(dump(endsFrom.serialize!(endsFrom.parse!({ unit: 'hours' })).value)).toBe(
      'unit: hours\n',
    );
  });

  it('saves what was typed as the group the content check takes', () => {
    const state = end.parse!({ value: 72, unit: 'hours' }) as { words: string };
    const typed = { ...state, words: '5 Days' };
    expect(end.validate!(typed)).toBe(typed);
    expect(dump(end.serialize!(typed).value)).toBe('value: 5\nunit: days\n');
    expect(endsFrom.serialize!({ ...state, words: '' }).value).toBeUndefined();
  });

  it.each([
    [{ value: '1,5', unit: 'hours' }, '1,5 hours', 'must be a whole number'],
    [{ value: 2, unit: 'fortnights' }, '2 fortnights', 'must be hours or days'],
    [72, '72', 'must be a value and a unit'],
    [{ value: 72 }, '72', 'is missing'],
  ])('opens %o as "%s" and refuses it with the check’s message', (file, words, message) => {
    const state = end.parse!(file) as { words: string };
    expect(state.words).toBe(words);
    expect(() => end.validate!(state)).toThrow(message);
    expect(() => end.validate!(state)).toThrow('for example: 72 hours');
  });

  it('refuses an empty required time, and takes an empty optional one', () => {
    expect(() => end.validate!(end.defaultValue!())).toThrow('is missing');
    expect(() => endsFrom.validate!(endsFrom.defaultValue!())).not.toThrow();
  });
});

describe('a value of the wrong kind in a file opens in its form, is refused, and its fix is saved', () => {
  const treatment = formOf(treatments.schema).fields!;
  const unit = treatment['sessionInterval']!.fields!['unit']!;
  const lastReviewed = treatment['lastReviewed']!;
  const workingDays = formOf(practitioners.schema).fields!['workingDays']!;
  const preparation = formOf(procedures.schema).fields!['steps']!.element!.fields!['preparation']!;
  const locale = formOf(site.schema).fields!['locale']!;

  it.each([
    ['sessionInterval.unit', unit, 6, 'must be days or weeks', 'weeks', 'weeks'],
    ['sessionInterval.unit', unit, 'fortnights', 'must be days or weeks', 'days', 'days'],
    ['locale', locale, 'en-US', 'must be', 'en-GB', 'en-GB'],
    [
      'lastReviewed',
      lastReviewed,
      'soon',
      'written as year-month-day',
      '2026-11-27',
      '2026-11-27\n',
    ],
    [
      'lastReviewed',
      lastReviewed,
      '27/11/2026',
      'is written 2026-11-27',
      '2026-11-27',
      '2026-11-27\n',
    ],
    ['lastReviewed', lastReviewed, 2026, 'written as year-month-day', '2026-11-27', '2026-11-27\n'],
    ['preparation', preparation, 'yes', 'must be true or false', true, 'true\n'],
  ] as const)('%s: %o', (_name, field, file, message, fixed, written) => {
    const state = field.parse!(file);
    expect(() => field.validate!(state)).toThrow(message);
    expect(field.validate!(fixed)).toBe(fixed);
    expect(dump(field.serialize!(fixed).value)).toBe(
      typeof written === 'string' && written.endsWith('\n') ? written : `${written}\n`,
    );
  });

  it('a date written another way opens as it is written', () => {
    expect(lastReviewed.parse!('27/11/2026')).toBe('27/11/2026');
    expect(lastReviewed.parse!(new Date('2026-11-27'))).toBe('2026-11-27');
  });

  it('a day that is not a choice, or a day written alone, opens ticked and is refused until a tick changes', () => {
    const wrong = workingDays.parse!(['monday', 'funday']) as { ticked: string[] };
    expect(wrong.ticked).toEqual(['monday', 'funday']);
    expect(() => workingDays.validate!(wrong)).toThrow('a day of the week');
    const alone = workingDays.parse!('monday') as { ticked: string[] };
    expect(alone.ticked).toEqual(['monday']);
    expect(() => workingDays.validate!(alone)).toThrow('must be a list of days');
    expect(workingDays.serialize!(alone).value).toBe('monday');
    const retyped = { ticked: ['monday'], file: undefined };
    expect(dump(workingDays.serialize!(workingDays.validate!(retyped)).value)).toBe('- monday\n');
    expect(dump(workingDays.serialize!(workingDays.parse!([])).value)).toBe('[]\n');
  });
});
