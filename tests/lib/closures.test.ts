import { describe, expect, it } from 'vitest';
import { describeClosure } from '~/lib/closures';
import type { CalendarDate } from '~/calendar/calendar-date';

const day = (text: string) => text as CalendarDate;

describe('describeClosure', () => {
  it('says a single day once, and a range from its first to its last day', () => {
    expect(describeClosure({ from: day('2026-12-25'), to: day('2026-12-25') })).toBe(
      'Friday 25 December 2026',
    );
    expect(describeClosure({ from: day('2026-12-31'), to: day('2027-01-02') })).toBe(
      'Thursday 31 December 2026 to Saturday 2 January 2027',
    );
  });
});
