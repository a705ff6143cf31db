/**
 * Wrong passwords for one sign-in name, counted whichever address they come from: after
 * `FAILURE_LIMIT` wrong tries within `FAILURE_WINDOW_MS`, that name is paused for `LOCK_MS`, even for
 * the right password. better-auth's rate limit slows each address; this stops many addresses
 * guessing at one account. Names that have no account are counted the same way, so the answers
 * never tell which names exist.
 *
 * Each try is counted before its password is checked and forgotten when it proves right, so tries
 * made at the same moment cannot slip past the limit together.
 */
import type { DatabaseSync } from 'node:sqlite';

export const FAILURE_LIMIT = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export type TryVerdict =
  | { allowed: true; /** This try, if wrong, pauses the name. */ last: boolean }
  | { allowed: false; until: Date };

export interface SignInLockout {
  /** Counts a try for `signInName`, or says until when the name is paused. */
  begin(signInName: string): TryVerdict;
  /** The password was right: the name's count starts again. */
  succeeded(signInName: string): void;
}

interface CountRow {
  failures: number;
  since: number;
  lockedUntil: number;
}

export function signInLockout(database: DatabaseSync, now: () => Date): SignInLockout {
  database.exec(`CREATE TABLE IF NOT EXISTS signInLockout (
    signInName TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    since INTEGER NOT NULL,
    lockedUntil INTEGER NOT NULL
  )`);
  const read = database.prepare(
    'SELECT failures, since, lockedUntil FROM signInLockout WHERE signInName = ?',
  );
  const write = database.prepare(
    `INSERT INTO signInLockout (signInName, failures, since, lockedUntil) VALUES (?, ?, ?, ?)
     ON CONFLICT (signInName) DO UPDATE SET
       failures = excluded.failures, since = excluded.since, lockedUntil = excluded.lockedUntil`,
  );
  const forget = database.prepare('DELETE FROM signInLockout WHERE signInName = ?');
  const forgetOld = database.prepare(
    'DELETE FROM signInLockout WHERE lockedUntil <= ? AND since <= ?',
  );

  // Statements run one after another with nothing awaited between them, so two tries in this
  // process never read the same count.
  return {
    begin(signInName) {
      const at = now().getTime();
      forgetOld.run(at, at - FAILURE_WINDOW_MS);
      const row = read.get(signInName) as CountRow | undefined;
      if (row && row.lockedUntil > at) return { allowed: false, until: new Date(row.lockedUntil) };
      const counting = row !== undefined && row.since > at - FAILURE_WINDOW_MS;
      const failures = counting ? row.failures + 1 : 1;
      const last = failures >= FAILURE_LIMIT;
      write.run(
        signInName,
        last ? 0 : failures,
        counting && !last ? row.since : at,
        last ? at + LOCK_MS : 0,
      );
      return { allowed: true, last };
    },
    succeeded(signInName) {
      forget.run(signInName);
    },
  };
}
