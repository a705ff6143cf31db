import { describe, expect, it } from 'vitest';
import {
  formatCoursePrice,
  formatDaysAfter,
  formatMinutes,
  formatPounds,
  formatSessions,
  priceForSchemaOrg,
} from '~/lib/format-answers';

describe('answers to client questions, as a reader reads them', () => {
  it('writes pounds with pence only when there are pence', () => {
    expect(formatPounds(300)).toBe('£300');
    expect(formatPounds(123.45)).toBe('£123.45');
    expect(formatPounds(99.5)).toBe('£99.50');
    expect(formatPounds(1250)).toBe('£1,250');
  });

  it('gives schema.org a price with a full stop and two figures of pence', () => {
    expect(priceForSchemaOrg(300)).toBe('300.00');
    expect(priceForSchemaOrg(99.5)).toBe('99.50');
  });

  it('says minutes as hours and minutes', () => {
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(121)).toBe('2 hours 1 minute');
  });

  it('says a number of sessions, or a range of them', () => {
    expect(formatSessions({ fewest: 1 })).toBe('1 session');
    expect(formatSessions({ fewest: 3, most: 3 })).toBe('3 sessions');
    expect(formatSessions({ fewest: 3, most: 6 })).toBe('3 to 6 sessions');
  });

  it('says days to avoid something, and a course price', () => {
    expect(formatDaysAfter(1)).toBe('for 1 day after your session');
    expect(formatDaysAfter(14)).toBe('for 14 days after your session');
    expect(formatCoursePrice(321, 3)).toBe('£321 for a course of 3 sessions');
  });
});
