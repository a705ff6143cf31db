import { describe, expect, it } from 'vitest';
import { formatOpeningTimes, formatTime, weekOf } from '~/contact/opening-hours';

describe('formatTime', () => {
  it.each([
    ['09:00', '9am'],
    ['00:00', '12am'],
    ['12:00', '12pm'],
    ['12:30', '12:30pm'],
    ['17:05', '5:05pm'],
    ['23:59', '11:59pm'],
  ])('writes %s as %s', (time, expected) => {
    expect(formatTime(time)).toBe(expected);
  });

  it('writes a day as a span', () => {
    expect(formatOpeningTimes({ opens: '10:00', closes: '19:30' })).toBe('10am to 7:30pm');
  });
});

describe('weekOf', () => {
  it('gives all seven days, Monday first, closed days without times', () => {
    const week = weekOf({ saturday: { opens: '09:00', closes: '14:00' } });
    expect(week.map(({ day }) => day)).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
    expect(week.filter(({ times }) => times).map(({ day }) => day)).toEqual(['saturday']);
  });
});
