/**
 * `npm run new` fills every field it cannot guess with `[Write ...]`. The schemas refuse that text, so
 * a half-finished file can never be published by accident.
 */
export const PLACEHOLDER_IN_TEXT = /\[Write\b[^\]]*\]/;

/** True when a value is still a whole `[Write ...]` placeholder. */
export const isPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && new RegExp(`^${PLACEHOLDER_IN_TEXT.source}$`).test(value.trim());
