import type { z } from 'astro/zod';
import { calendarDate } from './date-fields.ts';
import { withExample } from './messages.ts';

/** Review dates, shown at the foot of a page as health pages do. */
export const reviewDates = {
  lastReviewed: calendarDate('The date this page was last checked', 'lastReviewed: 2026-11-27'),
  nextReview: calendarDate(
    'The date this page is next due to be checked',
    'nextReview: 2027-11-27',
  ),
};

/** Refuses a next review that is not after the last one. */
export function reviewInOrder(
  entry: { lastReviewed: string; nextReview: string },
  context: z.RefinementCtx,
) {
  if (entry.nextReview <= entry.lastReviewed) {
    context.addIssue({
      code: 'custom',
      path: ['nextReview'],
      message: withExample(
        'The next review date must come after the date the page was last checked (lastReviewed).',
        'lastReviewed: 2026-11-27 and nextReview: 2027-11-27',
      ),
    });
  }
}
