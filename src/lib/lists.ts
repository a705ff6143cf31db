/** Lists in British English, shared by the pages and the islands. */

/** ["a", "b", "c"] → "a, b and c" (no Oxford comma in en-GB). */
export function formatAndList(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
}

/** ["a", "b", "c"] → "a, b or c". */
export function formatOrList(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(items);
}
