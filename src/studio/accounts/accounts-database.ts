/**
 * The accounts database, `<dataDir>/accounts.sqlite`, opened with Node's own SQLite. It holds the
 * password hashes and the sessions, so only the studio's user may read it: the folder is made
 * 0700 and the file 0600 (SQLite gives its journal files the same mode as the file).
 */
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';

export const DATABASE_FILE = 'accounts.sqlite';

// The server and `npm run studio:user` may write at the same moment; each waits up to this long
// for the other instead of failing at once.
const BUSY_TIMEOUT_MS = 5_000;

export function openAccountsDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, DATABASE_FILE);
  // Made before SQLite opens it, so it is never readable by others, even for a moment.
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  const database = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  database.exec('PRAGMA journal_mode = WAL');
  return database;
}

/**
 * The key better-auth signs session cookies with, made at random the first time and kept in the
 * database, so the server and the command line agree on it and no setting has to hold it.
 */
export function authSecret(database: DatabaseSync): string {
  database.exec(
    'CREATE TABLE IF NOT EXISTS studioSecret (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL)',
  );
  database
    .prepare('INSERT OR IGNORE INTO studioSecret (id, value) VALUES (1, ?)')
    .run(randomBytes(32).toString('base64url'));
  const row = database.prepare('SELECT value FROM studioSecret WHERE id = 1').get();
  return String(row?.['value']);
}
