import { compareDates, type CalendarDate } from '~/calendar/calendar-date';
import { formatDay } from './format-day';

/** An inclusive run of days the clinic is closed. */
interface Closure {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** The closures that have not ended by `today`, soonest first. */
export function comingClosures(closures: readonly Closure[], today: CalendarDate): Closure[] {
  return closures
    .filter(({ to }) => compareDates(to, today) >= 0)
    .sort((a, b) => compareDates(a.from, b.from));
}

/** "Friday 25 December 2026", or "Thursday 31 December 2026 to Saturday 2 January 2027". */
export function describeClosure({ from, to }: Closure): string {
  return from === to ? formatDay(from) : `${formatDay(from)} to ${formatDay(to)}`;
}
