import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from '../../../scripts/repository';

/** A file of the real `content/` folder, by its path from the repository's root. */
export const realText = (path: string) => readFileSync(join(REPOSITORY, path), 'utf8');

export const TREATMENT = 'content/treatments/microneedling.mdx';
export const PROCEDURE = 'content/procedures/microneedling.mdx';
export const AFTERCARE = 'content/aftercare/microneedling.mdx';
export const KAREN = 'content/practitioners/karen-evans.mdx';
export const SETTINGS = 'content/site.yaml';

/** `text` with `find` replaced, failing when `find` is not there, so a test never tests nothing. */
export function edited(text: string, find: string | RegExp, replacement: string): string {
  const changed = text.replace(find, replacement);
  if (changed === text) throw new Error(`Not in the text: ${String(find)}`);
  return changed;
}
