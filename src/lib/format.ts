/** Formatting of content values for clients, in British English. */
import { formatAndList } from './lists';

/** A depth range: "1 mm to 1.5 mm", or "1 mm" when both ends are the same. */
export function formatDepthRange(min: number, max: number): string {
  return min === max
    ? formatMillimetres(min)
    : `${formatMillimetres(min)} to ${formatMillimetres(max)}`;
}

/** 1 → "1 mm", 0.25 → "0.25 mm". */
export function formatMillimetres(value: number): string {
  return `${value} mm`;
}

/** { value: 6, unit: "weeks" } → "6 weeks"; { value: 1, unit: "days" } → "1 day". */
export function formatAmount({ value, unit }: { value: number; unit: string }): string {
  return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/**
 * A stage's span for the timeline: "Lasts 14 days", or "Can last 24 to 72 hours" when the stage may
 * end early, so an upper limit is never read as a certainty.
 */
export function formatSpan(
  start: { value: number; unit: string },
  end: { value: number; unit: string },
  endsFrom?: { value: number; unit: string },
): string {
  const until =
    endsFrom && endsFrom.unit === end.unit
      ? `${endsFrom.value} to ${formatAmount(end)}`
      : endsFrom
        ? `${formatAmount(endsFrom)} to ${formatAmount(end)}`
        : formatAmount(end);
  if (start.value === 0) return `${endsFrom ? 'Can last' : 'Lasts'} ${until}`;
  return `From ${formatAmount(start)} until ${until} after your session`;
}

/** "face and neck" → "Face and neck"; also turns a weekday as editors write it into "Monday". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["monday", "wednesday"] → "Mondays and Wednesdays": days someone works, week after week. */
export function formatWeekdays(days: readonly string[]): string {
  return formatAndList(days.map((day) => `${capitalise(day)}s`));
}
