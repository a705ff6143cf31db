/**
 * Arithmetic on a time after a session. It has no zod in it because the planner's browser script
 * imports it, and the script must stay within its byte budget.
 */

/** A time after a session as content writes it: 72 hours, 14 days. */
export interface TimeAfterSession {
  readonly value: number;
  readonly unit: 'hours' | 'days';
}

/** Hours for a time after a session, for drawing and ordering stages more finely than whole days. */
export function offsetInHours({ value, unit }: TimeAfterSession): number {
  return unit === 'hours' ? value : value * 24;
}

/** Whole days for a time after a session, rounded up so 72 hours is 3 days and 25 hours is 2. */
export function offsetInDays({ value, unit }: TimeAfterSession): number {
  return Math.ceil(unit === 'hours' ? value / 24 : value);
}
