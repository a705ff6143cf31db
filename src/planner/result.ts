import { aftercareToday } from './aftercare-stage';
import type { PlannerConfig } from './booking-rules';
import { addDays, daysBetween } from '~/schemas/calendar-date';
import type { CalendarDate } from '~/schemas/calendar-date';
import { formatDay } from '~/lib/format-day';
import { formatOrList } from '~/lib/lists';
import {
  describeDaysAway,
  firstBookableDay,
  nextSessionDate,
  validateLastSession,
} from './next-session';

/** What the planner shows: an error for the field, or the lines of a result. */
export type PlannerResult =
  | { readonly ok: false; readonly error: string }
  | {
      readonly ok: true;
      readonly lastSession: CalendarDate;
      /** The date the calendar event is for; absent when no day qualifies. */
      readonly bookFrom?: CalendarDate | undefined;
      readonly headline: string;
      readonly detail: string;
      readonly aftercare: string;
      readonly aftercareItems: readonly string[];
      readonly todo: readonly string[];
    };

function aftercareLines(last: CalendarDate, today: CalendarDate, config: PlannerConfig) {
  const now = aftercareToday(last, today, config.timeline);
  if (now.kind !== 'current') {
    return {
      aftercare: 'The aftercare for that session is over.',
      aftercareItems: [],
      todo: [],
    };
  }
  return {
    aftercare:
      now.elapsedDays === 0
        ? 'Your session was today.'
        : `Today is day ${now.elapsedDays} after your session.`,
    // The day a stage still applies, not the first day it is over: "until" is read as "through".
    aftercareItems: now.stages.map(
      ({ stage, endsOn }) =>
        `${stage.title}, last day${stage.endsFrom ? ' at the latest' : ''}: ${formatDay(addDays(endsOn, -1))}. ${stage.notice}`,
    ),
    todo: [...new Set(now.stages.flatMap(({ stage }) => stage.do))],
  };
}

/** The planner's answer for what the client typed, on the clinic's `today`. */
export function plannerResult(
  text: string,
  today: CalendarDate,
  config: PlannerConfig,
): PlannerResult {
  const check = validateLastSession(text, today);
  if (!check.ok) return { ok: false, error: config.errors[check.reason] };
  const result = bookableResult(check.date, today, config);
  const advice = check.longAgo && config.adviceAfterAYear;
  return advice
    ? {
        ...result,
        detail: `${result.detail} Your last session was more than a year ago. ${advice}`,
      }
    : result;
}

function bookableResult(
  last: CalendarDate,
  today: CalendarDate,
  config: PlannerConfig,
): PlannerResult & { ok: true } {
  const after = aftercareLines(last, today, config);
  const first = nextSessionDate(last, config.rules);
  // Once the earliest date has passed, the answer is the first day from today that the clinic is
  // open and someone works; without opening or working days, that is always today.
  const passed =
    first.kind === 'bookable' && daysBetween(today, first.date) < 0 ? first.date : undefined;
  const next = passed ? firstBookableDay(today, config.rules) : first;
  if (next.kind === 'none') {
    return {
      ok: true,
      lastSession: last,
      headline: `Your next session can be from ${formatDay(next.earliest)}.`,
      detail: 'No practitioner is working on the days after that yet. Please contact the clinic.',
      ...after,
    };
  }
  const days = daysBetween(today, next.date);
  const passedLine = passed && `The earliest date was ${formatDay(passed)}, and that has passed.`;
  // Nothing the site knows of keeps the client from today: no date to name or add to a calendar.
  if (passedLine && days === 0) {
    return {
      ok: true,
      lastSession: last,
      headline: 'You can book your next session now.',
      detail: passedLine,
      ...after,
    };
  }
  // Without anyone's working days the site knows nothing of who is in on a given day, so it names
  // who performs the treatment and does not claim they are in that day.
  const onThatDay = config.rules.practitioners.some(({ workingDays }) => workingDays !== undefined)
    ? ' that day'
    : '';
  return {
    ok: true,
    lastSession: last,
    bookFrom: next.date,
    headline: `You can book your next session from ${formatDay(next.date)}.`,
    detail: `That is ${describeDaysAway(days)}. You can book with ${formatOrList(next.practitioners)}${onThatDay}.${passedLine ? ` ${passedLine}` : ''}`,
    ...after,
  };
}
