/**
 * Reads the content folder the way the build does: MDX frontmatter with js-yaml and Astro's own
 * frontmatter pattern, `site.yaml` with the `yaml` package as `src/content.config.ts` reads it.
 * Shared by `npm run check:content`, the build's content check and the tests.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { YAMLParseError } from 'yaml';
import { withExample } from '../../schemas/messages.ts';
import { entryId } from '../rules/file-names.ts';
import { readPlainText, type FileRefusal } from './plain-file.ts';
import { parseSiteYaml } from './site-yaml.ts';
import { firstAlias } from './yaml-aliases.ts';

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
  /** Why the file was not read at all: a link, too big, not UTF-8. */
  refusal?: FileRefusal;
}

export interface ContentFolder {
  collection: CollectionName;
  dir: string;
  /** Every file name in the folder, including ones the build does not read. */
  names: string[];
  entries: ContentFile[];
}

// Astro's pattern from @astrojs/internal-helpers/frontmatter, so the fields end where Astro ends
// them; Astro reads fields that open with +++ as TOML, which no file here is.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const TOML = withExample(
  'This file starts its fields with a line of +++. Start and end them with a line of --- instead.',
  '---\nname: Karen Evans\nrole: Practitioner\n---',
);

const linesIn = (text: string) => text.split('\n').length - 1;

/** A path as an editor is shown it: `content/treatments/peel.mdx`. */
export function shownPath(root: string, path: string): string {
  const fromRoot = relative(root, path);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot.split(sep).join('/');
}

// A reader that stops at a second document does not say where it starts: at a `...` or `---` line.
const lineOfDocumentEnd = (text: string) =>
  text.split('\n').findIndex((line) => /^(\.\.\.|---)\s*$/.test(line)) + 1 || 1;

/**
 * YAML read by `parseText`. An alias (`*name`) is refused before anything reads the values: a few
 * lines of aliases can stand for billions of values, which would hang the check and the build.
 * Whatever the reader throws, even a stack overflow, is an unreadable file, never a crash.
 */
function readYaml(
  yaml: YamlSource,
  parseText: (text: string) => unknown,
  errorLine: (error: unknown) => number | undefined,
): ParsedYaml {
  const alias = firstAlias(yaml.text);
  if (alias) {
    return {
      readable: false,
      line: yaml.linesBefore + alias.line,
      reason: `the alias *${alias.name} is not read`,
      yaml,
    };
  }
  try {
    return { readable: true, data: parseText(yaml.text), yaml };
  } catch (error) {
    const line = errorLine(error) ?? lineOfDocumentEnd(yaml.text);
    const reason =
      error instanceof YAMLException ? error.reason : String((error as Error).message ?? error);
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
  error instanceof YAMLException && error.mark ? error.mark.line + 1 : undefined;
const yamlLine = (error: unknown) =>
  error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) : undefined;

function readEntry(
  root: string,
  collection: CollectionName,
  path: string,
  name: string,
): ContentFile {
  const file = { collection, id: entryId(name), path, file: shownPath(root, path) };
  const read = readPlainText(path);
  if ('refusal' in read) {
    return {
      ...file,
      frontmatter: undefined,
      body: { text: '', linesBefore: 0 },
      refusal: read.refusal,
    };
  }
  const source = read.text;
  const match = FRONTMATTER.exec(source);
  if (match?.[1] === '+++') {
    return {
      ...file,
      frontmatter: undefined,
      body: { text: '', linesBefore: 0 },
      refusal: { field: 'whole file', message: TOML },
    };
  }
  const frontmatterText = match?.[2];
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
    ...file,
    frontmatter,
    body: { text: source.slice(bodyStart), linesBefore: linesIn(source.slice(0, bodyStart)) },
  };
}

/**
 * One collection folder; a missing folder reads as empty, as the build treats it, and so does a
 * folder that is a link, which the content check reports. Anything but a folder whose name ends in
 * .mdx is an entry, so a link or a device with that name is reported as that file.
 */
export function readContentFolder(
  root: string,
  contentDir: string,
  collection: CollectionName,
): ContentFolder {
  const dir = join(contentDir, collection);
  const names =
    existsSync(dir) && lstatSync(dir).isDirectory()
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => !entry.isDirectory())
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
  /** Undefined when the file does not exist or was not read. */
  settings: ParsedYaml | undefined;
  /** Why the file was not read: a link, too big, not UTF-8. */
  refusal?: FileRefusal;
}

/** `site.yaml`, parsed but not yet checked. */
export function readSiteFile(root: string, contentDir: string): SiteFile {
  const path = join(contentDir, 'site.yaml');
  const file = shownPath(root, path);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return { path, file, settings: undefined };
  const read = readPlainText(path);
  if ('refusal' in read) return { path, file, settings: undefined, refusal: read.refusal };
  return {
    path,
    file,
    settings: readYaml({ text: read.text, linesBefore: 0 }, parseSiteYaml, yamlLine),
  };
}
