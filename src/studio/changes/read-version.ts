/**
 * One version of a content file, read from its text as the content check reads it: MDX frontmatter
 * with js-yaml, as Astro reads it, `site.yaml` with the build's own reader, and no YAML alias ever
 * expanded. Anything either reader throws makes the version unreadable, never an error.
 */
import { load } from 'js-yaml';
import { parseSiteYaml } from '../../content-check/files/site-yaml.ts';
import { firstAlias } from '../../content-check/files/yaml-aliases.ts';

export type Fields = Record<string, unknown>;

export type Version = { readable: true; fields: Fields; body: string } | { readable: false };

// Astro's frontmatter pattern, as src/content-check/files/read-content.ts has it. Fields that open
// with +++ are refused by the content check, so here they do not match and the file is unreadable.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** As the build reads it, anything but a group of fields is no fields at all. */
const asFields = (data: unknown): Fields =>
  data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Fields) : {};

function readYaml(text: string, parse: (text: string) => unknown): Fields | undefined {
  try {
    return firstAlias(text) ? undefined : asFields(parse(text));
  } catch {
    return undefined;
  }
}

/** An MDX file's fields and the page text after them. */
export function readMdx(text: string): Version {
  const match = FRONTMATTER.exec(text);
  const yaml = match?.[1];
  const fields = yaml === undefined ? undefined : readYaml(yaml, load);
  if (!match || !fields) return { readable: false };
  return { readable: true, fields, body: text.slice(match.index + match[0].length) };
}

/** The clinic's settings file, which has no page text. */
export function readSettings(text: string): Version {
  const fields = readYaml(text, parseSiteYaml);
  return fields ? { readable: true, fields, body: '' } : { readable: false };
}
