/**
 * Reads the content folder the way the build does: MDX frontmatter with js-yaml and Astro's own
 * frontmatter pattern, `site.yaml` with the `yaml` package as `src/content.config.ts` reads it.
 * Shared by `npm run check:content`, the build's content check and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { parse, YAMLParseError } from 'yaml';
import { entryId } from '../rules/file-names.ts';

export const COLLECTIONS = ['treatments', 'procedures', 'aftercare', 'practitioners'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** YAML as typed, and how many lines of its file come before it, to give editors line numbers. */
export interface YamlSource {
  text: string;
  linesBefore: number;
}

export type ParsedYaml =
  | { readable: true; data: unknown; yaml: YamlSource }
  | { readable: false; line: number; reason: string; yaml: YamlSource };

export interface ContentFile {
  collection: CollectionName;
  /** The id Astro gives the entry, which other files link to. */
  id: string;
  path: string;
  /** The path an editor is shown: relative to the repository when the file is inside it. */
  file: string;
  /** Undefined when the file has no frontmatter at all. */
  frontmatter: ParsedYaml | undefined;
  /** The MDX text after the frontmatter. */
  body: YamlSource;
}

export interface ContentFolder {
  collection: CollectionName;
  dir: string;
  /** Every file name in the folder, including ones the build does not read. */
  names: string[];
  entries: ContentFile[];
}

// Astro's pattern from @astrojs/internal-helpers/frontmatter, for YAML only (no file here is TOML).
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const linesIn = (text: string) => text.split('\n').length - 1;

/** A path as an editor is shown it: `content/treatments/peel.mdx`. */
export function shownPath(root: string, path: string): string {
  const fromRoot = relative(root, path);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot.split(sep).join('/');
}

function readYaml(
  yaml: YamlSource,
  parseText: (text: string) => unknown,
  errorLine: (error: unknown) => number | undefined,
): ParsedYaml {
  try {
    return { readable: true, data: parseText(yaml.text), yaml };
  } catch (error) {
    const line = errorLine(error);
    if (line === undefined) throw error;
    const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
    return {
      readable: false,
      line: yaml.linesBefore + line,
      // `yaml` ends its first line with the position, which the editor is given as a line number.
      reason: (reason.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
      yaml,
    };
  }
}

// js-yaml counts lines from 0, `yaml` from 1; both are turned into the line an editor sees.
const jsYamlLine = (error: unknown) =>
  error instanceof YAMLException ? error.mark.line + 1 : undefined;
const yamlLine = (error: unknown) =>
  error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) : undefined;

function readEntry(root: string, collection: CollectionName, path: string, name: string) {
  const source = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(source);
  const frontmatterText = match?.[1];
  const bodyStart = match ? match.index + match[0].length : 0;
  const frontmatter =
    frontmatterText === undefined
      ? undefined
      : readYaml(
          { text: frontmatterText, linesBefore: linesIn(source.slice(0, source.indexOf('---'))) },
          // Astro reads anything but a mapping as no fields at all.
          (text) => {
            const data = load(text);
            return data && typeof data === 'object' ? data : {};
          },
          jsYamlLine,
        );
  return {
    collection,
    id: entryId(name),
    path,
    file: shownPath(root, path),
    frontmatter,
    body: { text: source.slice(bodyStart), linesBefore: linesIn(source.slice(0, bodyStart)) },
  } satisfies ContentFile;
}

/** One collection folder; a missing folder reads as empty, as the build treats it. */
export function readContentFolder(
  root: string,
  contentDir: string,
  collection: CollectionName,
): ContentFolder {
  const dir = join(contentDir, collection);
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort()
    : [];
  const entries = names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readEntry(root, collection, join(dir, name), name));
  return { collection, dir, names, entries };
}

export interface SiteFile {
  path: string;
  file: string;
  /** Undefined when the file does not exist. */
  settings: ParsedYaml | undefined;
}

/** `site.yaml`, parsed but not yet checked. */
export function readSiteFile(root: string, contentDir: string): SiteFile {
  const path = join(contentDir, 'site.yaml');
  const file = shownPath(root, path);
  if (!existsSync(path)) return { path, file, settings: undefined };
  const text = readFileSync(path, 'utf8');
  return { path, file, settings: readYaml({ text, linesBefore: 0 }, parse, yamlLine) };
}
