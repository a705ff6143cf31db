/**
 * Pagefind runs as a binary of its own. When that binary stops (it panics when it cannot write the
 * index, for one), the promise it was answering never settles, and the build would wait for ever.
 * Each call is given a time limit far beyond what it needs, after which the build stops instead.
 */

/** Long enough for an index of thousands of pages on a slow, busy machine. */
export const SEARCH_CALL_LIMIT_MS = 5 * 60_000;

/** `work`, or an error naming `what` once `limitMs` pass without it settling. */
export function settleWithin<T>(work: Promise<T>, what: string, limitMs = SEARCH_CALL_LIMIT_MS) {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Pagefind had not finished ${what} after ${limitMs / 60_000} minutes, so it has most likely stopped. Its own message, if it printed one, is above.`,
          ),
        ),
      limitMs,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
