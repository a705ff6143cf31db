import { describe, expect, it } from 'vitest';
import { exampleInWords, timeFromWords, timeInWords } from '~/editor/time-in-words';

const UNITS = ['hours', 'days'] as const;

describe('a time after a session typed as it is said', () => {
  it.each([
    ['48 hours', { value: 48, unit: 'hours' }],
    ['1 hour', { value: 1, unit: 'hours' }],
    ['14 Days', { value: 14, unit: 'days' }],
    ['72hours', { value: 72, unit: 'hours' }],
    ['  3 day ', { value: 3, unit: 'days' }],
  ])('"%s" is saved as %o', (words, time) => {
    expect(timeFromWords(words, UNITS)).toEqual(time);
  });

  it('keeps a unit or number the check does not take as typed, so its message names it', () => {
    expect(timeFromWords('2 weeks', UNITS)).toEqual({ value: 2, unit: 'weeks' });
    expect(timeFromWords('1,5 hours', UNITS)).toEqual({ value: '1,5', unit: 'hours' });
    expect(timeFromWords('72', UNITS)).toEqual({ value: 72 });
    expect(timeFromWords('soon', UNITS)).toEqual({ value: 'soon' });
    expect(timeFromWords('1.5 days', UNITS)).toEqual({ value: 1.5, unit: 'days' });
  });

  it('is no time at all when nothing is typed', () => {
    expect(timeFromWords('   ', UNITS)).toBeUndefined();
  });

  it('shows what a file holds in words, a wrong value as it is written', () => {
    expect(timeInWords({ value: 72, unit: 'hours' })).toBe('72 hours');
    expect(timeInWords({ value: 1, unit: 'days' })).toBe('1 day');
    expect(timeInWords({ value: '1,5', unit: 'hours' })).toBe('1,5 hours');
    expect(timeInWords({ value: 2, unit: 'fortnights' })).toBe('2 fortnights');
    expect(timeInWords(72)).toBe('72');
    expect(timeInWords('two days')).toBe('two days');
    expect(timeInWords({ value: 5 })).toBe('5');
    expect(timeInWords({ value: 5, unit: 'days', note: 'x' })).toBe(
      '{"value":5,"unit":"days","note":"x"}',
    );
  });

  it('shows an optional time the form left empty as nothing', () => {
    expect(timeInWords({ unit: 'hours' })).toBe('');
    expect(timeInWords(undefined)).toBe('');
  });

  it('reads the words back to the same time', () => {
    for (const time of [
      { value: 0, unit: 'hours' },
      { value: 1, unit: 'hours' },
      { value: 14, unit: 'days' },
    ]) {
      expect(timeFromWords(timeInWords(time), UNITS)).toEqual(time);
    }
  });

  it("turns the content check's example into words", () => {
    expect(exampleInWords('end: { value: 72, unit: hours }')).toBe('72 hours');
    expect(exampleInWords('start: { value: 1, unit: days }')).toBe('1 day');
    expect(exampleInWords('value: 72')).toBeUndefined();
  });
});
