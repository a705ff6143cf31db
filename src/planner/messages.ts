/**
 * The planner's messages for a date it cannot use. They travel to the browser in the page's HTML
 * rather than in the script, which keeps the island within its byte budget.
 */
export const PLANNER_ERRORS = {
  empty: 'Enter the date of your last session',
  invalid: 'Enter a real date for your last session',
  future: 'The date of your last session must be today or in the past',
} as const;

export type PlannerErrors = Readonly<Record<keyof typeof PLANNER_ERRORS, string>>;
