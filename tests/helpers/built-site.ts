import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from './content-fixtures';
import { decodeEntities } from '~/lib/html-entities';

export const DIST = join(REPOSITORY, 'dist');

/** The HTML of a built page, by its URL path; fails loudly when the site has not been built. */
export function builtPage(urlPath: string, dist = DIST): string {
  const file = join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return readFileSync(file, 'utf8');
}

/** Every file of the built site, as paths relative to `dist/` with forward slashes. */
export function builtFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dist, file)).isFile())
    .map((file) => file.split('\\').join('/'));
}

/** The words a reader sees inside `<main>`. */
export function mainText(html: string): string {
  return visibleText(/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '');
}

/** The words of an HTML fragment, with tags dropped and white space collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(
    html.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
