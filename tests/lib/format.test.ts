import { describe, expect, it } from 'vitest';
import {
  capitalise,
  formatAmount,
  formatMillimetres,
  formatSpan,
  formatWeekdays,
  nameInSentence,
} from '~/lib/format';
import { formatCalendarDate } from '~/lib/format-day';
import { formatAndList, formatOrList } from '~/lib/lists';

describe('formatCalendarDate', () => {
  it.each([
    ['2026-11-27', '27 November 2026'],
    ['2027-01-01', '1 January 2027'],
    ['2026-12-31', '31 December 2026'],
    ['2028-02-29', '29 February 2028'],
  ])('%s is %s, whatever the zone the tests run in', (date, expected) => {
    expect(formatCalendarDate(date)).toBe(expected);
  });
});

describe('formatMillimetres', () => {
  it.each([
    [1, '1 mm'],
    [1.5, '1.5 mm'],
    [0.25, '0.25 mm'],
  ])('%d is %s', (value, expected) => {
    expect(formatMillimetres(value)).toBe(expected);
  });
});

describe('formatAndList and formatOrList', () => {
  it('join lists in British English, with no Oxford comma', () => {
    expect(formatAndList(['scars', 'wrinkles', 'large pores'])).toBe(
      'scars, wrinkles and large pores',
    );
    expect(formatOrList(['0.25 mm', '0.5 mm', '1 mm'])).toBe('0.25 mm, 0.5 mm or 1 mm');
  });

  it('join two items with the word alone', () => {
    expect(formatAndList(['face', 'neck'])).toBe('face and neck');
    expect(formatOrList(['0.25 mm', '0.5 mm'])).toBe('0.25 mm or 0.5 mm');
  });

  it('leave a single item as it is', () => {
    expect(formatAndList(['face'])).toBe('face');
    expect(formatOrList(['0.5 mm'])).toBe('0.5 mm');
  });
});

describe('formatAmount', () => {
  it.each([
    [{ value: 6, unit: 'weeks' }, '6 weeks'],
    [{ value: 1, unit: 'weeks' }, '1 week'],
    [{ value: 1, unit: 'days' }, '1 day'],
    [{ value: 1, unit: 'hours' }, '1 hour'],
    [{ value: 72, unit: 'hours' }, '72 hours'],
    [{ value: 0, unit: 'hours' }, '0 hours'],
  ])('%o is %s', (amount, expected) => {
    expect(formatAmount(amount)).toBe(expected);
  });
});

describe('formatSpan', () => {
  const hours = (value: number) => ({ value, unit: 'hours' });
  const days = (value: number) => ({ value, unit: 'days' });

  it('gives a stage that starts at the session how long it runs after the session', () => {
    expect(formatSpan(hours(0), hours(1))).toBe('For 1 hour after your session');
    expect(formatSpan(days(0), days(5))).toBe('For 5 days after your session');
  });

  it('says whole weeks of days as weeks, the way the clinic says them', () => {
    expect(formatSpan(days(0), days(14))).toBe('For 2 weeks after your session');
    expect(formatSpan(days(0), days(7))).toBe('For 1 week after your session');
    expect(formatSpan(days(0), days(14), days(7))).toBe('Can last 1 to 2 weeks');
    expect(formatSpan(days(0), days(14), days(10))).toBe('Can last 10 to 14 days');
    expect(formatSpan(hours(0), hours(168))).toBe('For 168 hours after your session');
  });

  it('gives a range when the stage can be over early, in one unit when both share it', () => {
    expect(formatSpan(hours(0), hours(72), hours(24))).toBe('Can last 24 to 72 hours');
    expect(formatSpan(days(0), days(5), days(3))).toBe('Can last 3 to 5 days');
  });

  it('names both units when the range mixes them', () => {
    expect(formatSpan(hours(0), days(3), hours(24))).toBe('Can last 24 hours to 3 days');
  });

  it('says when a later stage starts and ends', () => {
    expect(formatSpan(days(3), days(14))).toBe('From 3 days until 2 weeks after your session');
    expect(formatSpan(days(3), days(10))).toBe('From 3 days until 10 days after your session');
    expect(formatSpan(days(1), days(5), days(3))).toBe(
      'From 1 day until 3 to 5 days after your session',
    );
  });
});

describe('capitalise', () => {
  it.each([
    ['face and neck', 'Face and neck'],
    ['monday', 'Monday'],
    ['Already', 'Already'],
    ['', ''],
  ])('%j is %j', (input, expected) => {
    expect(capitalise(input)).toBe(expected);
  });
});

describe('formatWeekdays', () => {
  it('says working days as days that repeat', () => {
    expect(formatWeekdays(['monday'])).toBe('Mondays');
    expect(formatWeekdays(['monday', 'wednesday'])).toBe('Mondays and Wednesdays');
    expect(formatWeekdays(['tuesday', 'thursday', 'saturday'])).toBe(
      'Tuesdays, Thursdays and Saturdays',
    );
  });
});

describe('nameInSentence', () => {
  it.each([
    ['Microneedling', 'microneedling'],
    ['Chemical Peel', 'chemical peel'],
    ['Example facial', 'example facial'],
    ['LED Therapy', 'LED therapy'],
    ['IPL', 'IPL'],
    ['HydraFacial', 'HydraFacial'],
    ['X-ray Peel', 'x-ray peel'],
    ['Émla Care', 'émla care'],
  ])('%s reads as %s inside a sentence', (name, expected) => {
    expect(nameInSentence(name)).toBe(expected);
  });
});
