import { createHash } from 'node:crypto';

/** A content entry as Astro's content layer returns it. */
export interface KeyedEntry {
  collection: string;
  id: string;
  /** Set by the `glob()` loader from the file's text; the `file()` loader leaves it out. */
  digest?: string | number | undefined;
  data: unknown;
}

/**
 * The cache key of a page made from `entries`, for Astro's incremental build: it changes when any
 * entry's file changes, or when entries join, leave or change order (lists show them in order).
 * An entry without a digest is keyed by its data, which is all such an entry has.
 */
export function cacheKeyOf(entries: readonly KeyedEntry[]): string {
  const hash = createHash('sha256');
  for (const { collection, id, digest, data } of entries) {
    const version = digest === undefined ? JSON.stringify(data) : String(digest);
    hash.update(`${collection}/${id}@${version}\n`);
  }
  return hash.digest('base64url');
}
