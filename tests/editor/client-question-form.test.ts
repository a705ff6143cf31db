import { describe, expect, it } from 'vitest';
import { treatments } from '~/editor/collections';

/** The parts of a Keystatic field this test reads. */
interface FormField {
  kind: string;
  label?: string;
  fields?: Record<string, FormField>;
  element?: FormField;
  defaultValue?: () => unknown;
}

const form = treatments.schema as unknown as Record<string, FormField>;
const pair = form['beforeAfter']?.element?.fields ?? {};

describe('the treatment form for before-and-after photos', () => {
  it('starts with consent not recorded, so a pair needs the box ticked to be published', () => {
    expect(pair['consentRecorded']?.defaultValue?.()).toBe(false);
  });

  it('starts with the photos marked retouched, so "not retouched" is always something the editor states', () => {
    expect(pair['retouched']?.defaultValue?.()).toBe(true);
  });

  it('saves both photos beside the treatment files', () => {
    for (const photo of ['before', 'after']) {
      expect(pair[photo]?.kind, photo).toBe('form');
      expect(pair[photo]?.label, photo).toBe(`The ${photo} photo`);
    }
  });
});

describe('the lists of client answers in the treatment form', () => {
  it.each(['avoidAfter', 'questions', 'beforeAfter', 'preparation'])(
    'lets %s be saved empty, as a file that leaves it out',
    (name) => {
      const list = form[name] as FormField & { validation?: { length?: { min?: number } } };
      expect(list.kind).toBe('array');
      expect(list.validation?.length?.min ?? 0).toBe(0);
    },
  );
});
