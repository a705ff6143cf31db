/**
 * Lists in British English as the pages write them at build time, each `Intl.ListFormat` made once
 * rather than for every list. They give the same text as `lists.ts`, which the planner's and the
 * search page's browser scripts bundle; that file stays as it is, because any change to it changes
 * those scripts and so every page that links them.
 */

const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const or = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** ["a", "b", "c"] → "a, b and c" (no Oxford comma in en-GB). */
export function formatAndList(items: readonly string[]): string {
  return and.format(items);
}

/** ["a", "b", "c"] → "a, b or c". */
export function formatOrList(items: readonly string[]): string {
  return or.format(items);
}
