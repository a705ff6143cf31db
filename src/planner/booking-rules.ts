import type { PlannerStage } from './aftercare-stage';
import type { CalendarDate, Weekday } from '~/schemas/calendar-date';
import type { BookingRules } from './next-session';
import type { PlannerErrors } from './messages';
import type { CalendarFile } from './icalendar';

/** Everything the next-session planner reads, gathered from content at build time. */
export interface PlannerConfig {
  readonly rules: BookingRules;
  readonly timeZone: string;
  readonly errors: PlannerErrors;
  /** The calendar event's lines that do not depend on the day. */
  readonly calendar: CalendarFile;
  readonly timeline: readonly PlannerStage[];
  /** The clinic's own advice for a last session more than a year ago; none unless it gives some. */
  readonly adviceAfterAYear?: string | undefined;
}

interface ContentRules {
  sessionInterval: { value: number; unit: 'days' | 'weeks' };
  practitioners: readonly { name: string; workingDays?: readonly Weekday[] | undefined }[];
  openingDays?: readonly Weekday[] | undefined;
  closures: readonly { from: CalendarDate; to: CalendarDate }[];
}

/** The interval between sessions as whole days. */
export function intervalInDays({ value, unit }: ContentRules['sessionInterval']): number {
  return unit === 'weeks' ? value * 7 : value;
}

/** The clinic's rules in the plain shape `nextSessionDate` reads. */
export function bookingRulesFrom(content: ContentRules): BookingRules {
  return {
    intervalDays: intervalInDays(content.sessionInterval),
    openingDays: content.openingDays,
    closures: content.closures,
    practitioners: content.practitioners.map(({ name, workingDays }) => ({ name, workingDays })),
  };
}
