import { describe, expect, it } from 'vitest';
import { checkedField } from '~/editor/field-problem';

/** A field of whole numbers written as text, refused while its text is not one. */
const wholeNumber = checkedField<string>(
  {
    label: 'A count of weeks',
    Input: () => null,
    defaultValue: () => '',
    parse: (value) => String(value ?? ''),
    serialize: (text) => ({ value: Number(text) }),
  },
  (text) => (/^\d+$/.test(text) ? undefined : `"${text}" is not a whole number, such as 6`),
);

describe('a form field the content check guards', () => {
  it('keeps its own parts', () => {
    expect(wholeNumber.kind).toBe('form');
    expect(wholeNumber.label).toBe('A count of weeks');
    expect(wholeNumber.serialize('6')).toEqual({ value: 6 });
  });

  it('saves a value the check takes, as it is', () => {
    expect(wholeNumber.validate('6')).toBe('6');
  });

  it('refuses to save a value the check refuses, with its message', () => {
    expect(() => wholeNumber.validate('six')).toThrow('"six" is not a whole number, such as 6');
  });

  it('reads a file the same way: the value parsed, or the same refusal', () => {
    expect(wholeNumber.reader.parse(6)).toBe('6');
    expect(() => wholeNumber.reader.parse('1,5')).toThrow('"1,5" is not a whole number');
  });
});
