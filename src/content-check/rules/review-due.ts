/** Pages past their review date still build, but the editor is told to check them. */
import { withExample } from '../../schemas/messages.ts';
import { addDays, type CalendarDate } from '../../calendar/calendar-date.ts';
import type { ContentProblem } from '../problem.ts';
import { formatCalendarDate } from '../../lib/format-day.ts';

/** The clinic's zone, for review dates when `site.yaml` cannot be read to say so. */
export const CLINIC_ZONE = 'Europe/London';

export interface ReviewedPage {
  file: string;
  nextReview: string;
}

/** A warning for every page whose `nextReview` is before `today`. */
export function overdueReviews(
  pages: readonly ReviewedPage[],
  today: CalendarDate,
): ContentProblem[] {
  return pages
    .filter((page) => page.nextReview < today)
    .map((page) => ({
      file: page.file,
      field: 'nextReview',
      message: withExample(
        `This page was due to be checked on ${formatCalendarDate(page.nextReview)}. Check that every fact on it is still right, then set lastReviewed to the day you checked it and nextReview to when it should next be checked.`,
        `lastReviewed: ${today} and nextReview: ${addDays(today, 365)}`,
      ),
    }));
}
