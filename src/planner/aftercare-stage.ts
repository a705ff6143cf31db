import { addDays, daysBetween } from '~/schemas/calendar-date';
import type { CalendarDate } from '~/schemas/calendar-date';

export interface TimelineOffset {
  readonly value: number;
  readonly unit: 'hours' | 'days';
}

/** One aftercare stage; stages may overlap because they describe things happening side by side. */
export interface TimelineStage {
  readonly title: string;
  readonly start: TimelineOffset;
  readonly end: TimelineOffset;
  readonly notice: string;
  readonly do: readonly string[];
}

export interface CurrentStage<Stage extends TimelineStage = TimelineStage> {
  readonly stage: Stage;
  /** lastSession + end in days: the first day the stage no longer applies. */
  readonly endsOn: CalendarDate;
}

/**
 * `future`: the session date is after today. `current`: stages that apply today, in timeline
 * order. `over`: no stage applies today. `elapsedDays` is 0 on the session day.
 */
export type AftercareToday<Stage extends TimelineStage = TimelineStage> =
  | { readonly kind: 'future'; readonly daysUntil: number }
  | {
      readonly kind: 'current';
      readonly elapsedDays: number;
      readonly stages: readonly CurrentStage<Stage>[];
    }
  | { readonly kind: 'over'; readonly elapsedDays: number };

/** Hours for an offset, for drawing and ordering stages more finely than whole days. */
export function offsetInHours({ value, unit }: TimelineOffset): number {
  return unit === 'hours' ? value : value * 24;
}

/** Whole days for an offset, rounded up so 72 hours is 3 days and 25 hours is 2. */
export function offsetInDays({ value, unit }: TimelineOffset): number {
  return Math.ceil(unit === 'hours' ? value / 24 : value);
}

/** Where the client is in the aftercare timeline today: stages with start <= elapsed < end. */
export function aftercareToday<Stage extends TimelineStage>(
  lastSession: CalendarDate,
  today: CalendarDate,
  timeline: readonly Stage[],
): AftercareToday<Stage> {
  const elapsedDays = daysBetween(lastSession, today);
  if (elapsedDays < 0) return { kind: 'future', daysUntil: -elapsedDays };
  const stages = timeline
    .filter(
      ({ start, end }) => offsetInDays(start) <= elapsedDays && elapsedDays < offsetInDays(end),
    )
    .map((stage) => ({ stage, endsOn: addDays(lastSession, offsetInDays(stage.end)) }));
  return stages.length > 0
    ? { kind: 'current', elapsedDays, stages }
    : { kind: 'over', elapsedDays };
}
