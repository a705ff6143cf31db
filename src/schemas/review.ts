import type { z } from 'astro/zod';
import { calendarDate } from './calendar-date';

/** Review dates, shown at the foot of a page as health pages do. */
export const reviewDates = {
  lastReviewed: calendarDate('lastReviewed'),
  nextReview: calendarDate('nextReview'),
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
      message: `nextReview must come after lastReviewed, for example lastReviewed: 2026-11-27 and nextReview: 2027-11-27`,
    });
  }
}
