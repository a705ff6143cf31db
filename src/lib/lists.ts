/** Lists in British English, shared by the pages and the islands. */

// Made once: a build joins thousands of lists, and making a formatter costs far more than using one.
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
