import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Every folder name a test makes starts with this, so a leftover is easy to spot and to clear. */
export const TEMP_PREFIX = 'clinic-test-';

const made = new Set<string>();

/** Removes every folder `tempFolder` has made in this test file. */
export function removeTempFolders(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

// Vitest evaluates this module afresh for each test file, so each file removes its own folders
// when it ends, whether its tests passed or failed.
afterAll(removeTempFolders);

/** A new folder in the system's temporary folder, removed when the test file ends. */
export function tempFolder(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${purpose}-`));
  made.add(dir);
  return dir;
}
