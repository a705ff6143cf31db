/** Formatting of a treatment's answers to client questions, shared by the pages and the structured data. */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const wholePounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

/** 123.45 → "£123.45"; 300 → "£300", as a price list writes whole pounds. */
export function formatPounds(value: number): string {
  return Number.isInteger(value) ? wholePounds.format(value) : pounds.format(value);
}

/** 300 → "300.00": schema.org wants a price as a plain number with a full stop. */
export function priceForSchemaOrg(value: number): string {
  return value.toFixed(2);
}

const plural = (count: number, unit: string) => `${count} ${count === 1 ? unit : `${unit}s`}`;

/** 45 → "45 minutes"; 60 → "1 hour"; 90 → "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** { fewest: 3, most: 6 } → "3 to 6 sessions"; { fewest: 1 } → "1 session". */
export function formatSessions({ fewest, most }: { fewest: number; most?: number | undefined }) {
  return most === undefined || most === fewest
    ? plural(fewest, 'session')
    : `${fewest} to ${most} sessions`;
}

/** 2 → "for 2 days after your session"; 1 → "for 1 day after your session". */
export function formatDaysAfter(days: number): string {
  return `for ${plural(days, 'day')} after your session`;
}

/** A course price as a reader says it: "£321 for a course of 3 sessions". */
export function formatCoursePrice(perCourse: number, sessions: number): string {
  return `${formatPounds(perCourse)} for a course of ${plural(sessions, 'session')}`;
}
