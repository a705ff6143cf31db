import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  parseCalendarDate,
} from '~/schemas/calendar-date';
import type { CalendarDate, Weekday } from '~/schemas/calendar-date';

/** An inclusive run of closed days; a single day has `from === to`. */
export interface Closure {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** Who can see a client, and on which days. */
export interface PractitionerDays {
  readonly name: string;
  /** Undefined = works whenever the clinic is open; an empty list = works no day. */
  readonly workingDays?: readonly Weekday[] | undefined;
}

export interface BookingRules {
  /** Minimum whole days between sessions, e.g. 42 for six weeks. */
  readonly intervalDays: number;
  /** Undefined or empty = the clinic is open every day of the week. */
  readonly openingDays?: readonly Weekday[] | undefined;
  readonly closures?: readonly Closure[] | undefined;
  readonly practitioners: readonly PractitionerDays[];
}

/** Days searched from the earliest allowed date before concluding the rules never allow a booking. */
export const SEARCH_WINDOW_DAYS = 366;

/**
 * `bookable`: the first allowed day and who works on it.
 * `none`: no day within SEARCH_WINDOW_DAYS of `earliest` qualifies, so the rules themselves are at
 * fault (e.g. no practitioner works on any opening day) and the UI should say "please call us".
 */
export type NextSession =
  | { readonly kind: 'bookable'; readonly date: CalendarDate; readonly practitioners: string[] }
  | { readonly kind: 'none'; readonly earliest: CalendarDate };

function isClinicOpen(date: CalendarDate, rules: BookingRules): boolean {
  const { openingDays, closures } = rules;
  if (openingDays?.length && !openingDays.includes(dayOfWeek(date))) return false;
  return !closures?.some(
    ({ from, to }) => compareDates(from, date) <= 0 && compareDates(date, to) <= 0,
  );
}

function practitionersWorkingOn(date: CalendarDate, rules: BookingRules): string[] {
  if (!isClinicOpen(date, rules)) return [];
  const weekday = dayOfWeek(date);
  return rules.practitioners
    .filter(({ workingDays }) => workingDays?.includes(weekday) ?? true)
    .map(({ name }) => name);
}

/** The first day from `from` on when the clinic is open and someone works. */
export function firstBookableDay(from: CalendarDate, rules: BookingRules): NextSession {
  for (let offset = 0; offset < SEARCH_WINDOW_DAYS; offset++) {
    const date = addDays(from, offset);
    const practitioners = practitionersWorkingOn(date, rules);
    if (practitioners.length > 0) return { kind: 'bookable', date, practitioners };
  }
  return { kind: 'none', earliest: from };
}

/** First day on or after lastSession + intervalDays when the clinic is open and someone works. */
export const nextSessionDate = (lastSession: CalendarDate, rules: BookingRules): NextSession =>
  firstBookableDay(addDays(lastSession, rules.intervalDays), rules);

/** Sessions further back than this get `longAgo`, for the clinic's own advice, when it gives some. */
export const LONG_AGO_DAYS = 366;

export type LastSessionCheck =
  | { readonly ok: true; readonly date: CalendarDate; readonly longAgo: boolean }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'future' };

/** Checks the client's typed (or date-picker) last-session date against the clinic's today. */
export function validateLastSession(text: string, today: CalendarDate): LastSessionCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const date = parseCalendarDate(trimmed);
  if (!date) return { ok: false, reason: 'invalid' };
  const daysAgo = daysBetween(date, today);
  if (daysAgo < 0) return { ok: false, reason: 'future' };
  return { ok: true, date, longAgo: daysAgo > LONG_AGO_DAYS };
}

/** British English for a whole-day distance from today; the planner says a past day differently. */
export function describeDaysAway(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
