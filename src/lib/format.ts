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

type Amount = { value: number; unit: string };

const isWholeWeeks = ({ value, unit }: Amount) => unit === 'days' && value > 0 && value % 7 === 0;

/**
 * The end of a stage, with its earliest end if it has one. Stages are written in hours or days; whole
 * weeks are said as weeks ("2 weeks", not "14 days"), as a reader counts them.
 */
function formatUntil(end: Amount, endsFrom?: Amount): string {
  const inWeeks = isWholeWeeks(end) && (!endsFrom || isWholeWeeks(endsFrom));
  const number = ({ value }: Amount) => (inWeeks ? value / 7 : value);
  const say = (amount: Amount) =>
    formatAmount(inWeeks ? { value: number(amount), unit: 'weeks' } : amount);
  if (!endsFrom) return say(end);
  return endsFrom.unit === end.unit
    ? `${number(endsFrom)} to ${say(end)}`
    : `${say(endsFrom)} to ${say(end)}`;
}

/**
 * A stage's span for the timeline: "For 2 weeks after your session", or "Can last 24 to 72 hours"
 * when the stage may end early, so an upper limit is never read as a certainty.
 */
export function formatSpan(start: Amount, end: Amount, endsFrom?: Amount): string {
  const until = formatUntil(end, endsFrom);
  if (start.value > 0) return `From ${formatAmount(start)} until ${until} after your session`;
  return endsFrom ? `Can last ${until}` : `For ${until} after your session`;
}

/** "face and neck" → "Face and neck"; also turns a weekday as editors write it into "Monday". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name as it reads inside a sentence: "Chemical Peel" → "chemical peel", "Facial" → "facial". A word with capitals after its first letter (IPL, HydraFacial, LED) is an
 * abbreviation or a brand, and keeps them.
 */
export function nameInSentence(name: string): string {
  return name.replace(/(?<![\p{L}\p{N}])\p{Lu}(?=\p{Ll}*(?![\p{L}\p{N}]))/gu, (letter) =>
    letter.toLowerCase(),
  );
}

/** ["monday", "wednesday"] → "Mondays and Wednesdays": days someone works, week after week. */
export function formatWeekdays(days: readonly string[]): string {
  return formatAndList(days.map((day) => `${capitalise(day)}s`));
}
