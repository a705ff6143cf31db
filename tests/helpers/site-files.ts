import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './built-site';

/** Every file of a built site with a hash of its bytes, to compare a site before and after. */
export function siteHashes(dist: string): Record<string, string> {
  return Object.fromEntries(
    builtFiles(dist)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dist, file)))
          .digest('hex'),
      ]),
  );
}
