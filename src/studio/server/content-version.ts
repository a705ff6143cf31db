import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of the content folder from each file's path, size and time of change: a save, a
 * put-back or a hand edit each give a new one, so the draft build knows when it is out of date.
 */
export function contentVersion(contentDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, shown: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = `${shown}/${entry.name}`;
      if (entry.isDirectory()) walk(path, name);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${name}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  walk(contentDir, '');
  return hash.digest('hex');
}
