import { addDays, daysBetween } from '~/calendar/calendar-date';
import type { CalendarDate } from '~/calendar/calendar-date';
import { offsetInDays } from '~/calendar/time-after';
import type { TimelineStage } from '~/schemas/timeline';

/** The parts of an aftercare stage the planner shows; the rest stays on the printed page. */
export type PlannerStage = Pick<
  TimelineStage,
  'title' | 'start' | 'end' | 'endsFrom' | 'notice' | 'do'
>;

export interface CurrentStage<Stage extends PlannerStage = PlannerStage> {
  readonly stage: Stage;
  /** lastSession + end in days: the first day the stage no longer applies. */
  readonly endsOn: CalendarDate;
}

/**
 * `future`: the session date is after today. `current`: stages that apply today, in timeline
 * order. `over`: no stage applies today. `elapsedDays` is 0 on the session day.
 */
export type AftercareToday<Stage extends PlannerStage = PlannerStage> =
  | { readonly kind: 'future'; readonly daysUntil: number }
  | {
      readonly kind: 'current';
      readonly elapsedDays: number;
      readonly stages: readonly CurrentStage<Stage>[];
    }
  | { readonly kind: 'over'; readonly elapsedDays: number };

/** Where the client is in the aftercare timeline today: stages with start <= elapsed < end. */
export function aftercareToday<Stage extends PlannerStage>(
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
