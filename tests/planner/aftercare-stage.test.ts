import { describe, expect, it } from 'vitest';
import { aftercareToday, type PlannerStage as TimelineStage } from '~/planner/aftercare-stage';
import { offsetInDays } from '~/calendar/time-after';
import { parseCalendarDate } from '~/calendar/calendar-date';
import type { CalendarDate } from '~/calendar/calendar-date';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`test fixture ${text} is not a valid date`);
  return parsed;
}

const red: TimelineStage = {
  title: 'First three days',
  start: { value: 0, unit: 'hours' },
  end: { value: 72, unit: 'hours' },
  notice: 'Skin is very red and tender.',
  do: ['Cool compress'],
};
const marks: TimelineStage = {
  title: 'First five days',
  start: { value: 0, unit: 'days' },
  end: { value: 5, unit: 'days' },
  notice: 'Marks over bony areas.',
  do: [],
};
const hydrate: TimelineStage = {
  title: 'First two weeks',
  start: { value: 0, unit: 'days' },
  end: { value: 14, unit: 'days' },
  notice: 'Keep skin hydrated.',
  do: ['Recovery creams', 'SPF every day'],
};
const microneedling = [red, marks, hydrate];

const titlesOn = (session: string, today: string): string[] => {
  const result = aftercareToday(date(session), date(today), microneedling);
  return result.kind === 'current' ? result.stages.map(({ stage }) => stage.title) : [];
};

describe('offsetInDays', () => {
  it.each([
    [{ value: 0, unit: 'hours' }, 0],
    [{ value: 1, unit: 'hours' }, 1],
    [{ value: 24, unit: 'hours' }, 1],
    [{ value: 25, unit: 'hours' }, 2],
    [{ value: 72, unit: 'hours' }, 3],
    [{ value: 0, unit: 'days' }, 0],
    [{ value: 5, unit: 'days' }, 5],
    [{ value: 1.5, unit: 'days' }, 2],
  ] as const)('%o is %i days', (offset, days) => {
    expect(offsetInDays(offset)).toBe(days);
  });
});

describe('aftercareToday', () => {
  it('on the session day lists every overlapping stage with its end date', () => {
    expect(aftercareToday(date('2026-03-10'), date('2026-03-10'), microneedling)).toEqual({
      kind: 'current',
      elapsedDays: 0,
      stages: [
        { stage: red, endsOn: '2026-03-13' },
        { stage: marks, endsOn: '2026-03-15' },
        { stage: hydrate, endsOn: '2026-03-24' },
      ],
    });
  });

  it('drops each stage on the day it ends (end is exclusive)', () => {
    expect(titlesOn('2026-03-10', '2026-03-12')).toEqual([red.title, marks.title, hydrate.title]);
    expect(titlesOn('2026-03-10', '2026-03-13')).toEqual([marks.title, hydrate.title]);
    expect(titlesOn('2026-03-10', '2026-03-14')).toEqual([marks.title, hydrate.title]);
    expect(titlesOn('2026-03-10', '2026-03-15')).toEqual([hydrate.title]);
    expect(titlesOn('2026-03-10', '2026-03-23')).toEqual([hydrate.title]);
  });

  it("is 'over' once no stage applies", () => {
    expect(aftercareToday(date('2026-03-10'), date('2026-03-24'), microneedling)).toEqual({
      kind: 'over',
      elapsedDays: 14,
    });
    expect(aftercareToday(date('2025-01-01'), date('2026-03-24'), microneedling)).toMatchObject({
      kind: 'over',
    });
    expect(aftercareToday(date('2026-03-10'), date('2026-03-10'), [])).toEqual({
      kind: 'over',
      elapsedDays: 0,
    });
  });

  it("is 'future' when the session is after today", () => {
    expect(aftercareToday(date('2026-03-12'), date('2026-03-10'), microneedling)).toEqual({
      kind: 'future',
      daysUntil: 2,
    });
  });

  it('honours a stage that starts later, in hours rounded up', () => {
    const peeling: TimelineStage = {
      title: 'Peeling',
      start: { value: 36, unit: 'hours' },
      end: { value: 6, unit: 'days' },
      notice: 'Light flaking.',
      do: [],
    };
    const on = (today: string) => aftercareToday(date('2026-03-10'), date(today), [peeling]);
    expect(on('2026-03-11')).toMatchObject({ kind: 'over', elapsedDays: 1 });
    expect(on('2026-03-12')).toEqual({
      kind: 'current',
      elapsedDays: 2,
      stages: [{ stage: peeling, endsOn: '2026-03-16' }],
    });
  });

  it('counts days and end dates across month, year and clock-change boundaries', () => {
    expect(aftercareToday(date('2026-12-28'), date('2027-01-02'), microneedling)).toMatchObject({
      kind: 'current',
      elapsedDays: 5,
      stages: [{ stage: hydrate, endsOn: '2027-01-11' }],
    });
    expect(aftercareToday(date('2028-02-27'), date('2028-03-01'), microneedling)).toMatchObject({
      elapsedDays: 3,
      stages: [
        { stage: marks, endsOn: '2028-03-03' },
        { stage: hydrate, endsOn: '2028-03-12' },
      ],
    });
    expect(titlesOn('2026-10-23', '2026-10-26')).toEqual([marks.title, hydrate.title]);
    expect(titlesOn('2026-03-27', '2026-03-30')).toEqual([marks.title, hydrate.title]);
  });

  it('passes extra stage fields through untouched', () => {
    const withId = [{ ...red, id: 'redness' }];
    const result = aftercareToday(date('2026-03-10'), date('2026-03-10'), withId);
    expect(result.kind === 'current' && result.stages[0]?.stage.id).toBe('redness');
  });
});
