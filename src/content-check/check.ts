/**
 * The whole content check: every file against its schema, then the rules across files, then review
 * dates. `npm run check:content` and the build's first integration both run this, so an editor gets
 * the same messages from either.
 */
import { withExample } from '../schemas/messages.ts';
import { isPlaceholder, PLACEHOLDER_IN_TEXT } from '../schemas/placeholder.ts';
import { siteSchema } from '../schemas/site.ts';
import { todayInZone } from '../calendar/calendar-date.ts';
import { findFileNameProblems } from './rules/file-names.ts';
import {
  COLLECTIONS,
  readContentFolder,
  readSiteFile,
  shownPath,
  type ContentFile,
  type ContentFolder,
  type ParsedYaml,
  type YamlSource,
} from './files/read-content.ts';
import type { ContentProblem } from './problem.ts';
import {
  findCrossFileProblems,
  findDraftTreatments,
  type ContentIndex,
} from './rules/integrity.ts';
import { schemaFor } from './collection-schemas.ts';
import { findImpossibleDates } from './rules/impossible-dates.ts';
import { CLINIC_ZONE, overdueReviews, type ReviewedPage } from './rules/review-due.ts';
import { findPageTextProblems } from './rules/page-text.ts';
import { schemaProblems } from './schema-problems.ts';
import { explainYamlError } from './rules/yaml-mistakes.ts';
import { filesNextTo } from './files/linked-file.ts';
import { lineOfField } from './files/yaml-lines.ts';
import { notPlainFilesIn } from './files/plain-file.ts';
import { missingSafetyFacts } from './rules/safety-warnings.ts';
import { noWayToBook, unansweredClientQuestions } from './rules/client-question-warnings.ts';
import type { KeptFindings } from './files/kept-findings.ts';
import { readWritingLists } from './files/writing-lists.ts';
import { writingProblems, type WrittenPage } from './rules/writing.ts';

export interface ContentCheck {
  /** How many files were read. */
  files: number;
  /** Mistakes: the build stops on any of these. */
  problems: ContentProblem[];
  /** Things to look at that do not stop the build, such as a page due for review. */
  warnings: ContentProblem[];
}

const NO_FRONTMATTER = withExample(
  'This file does not start with its fields between two lines of ---.',
  '---\nname: Karen Evans\nrole: Practitioner\n---',
);

const BODY_PLACEHOLDER = withExample(
  'The page text still has the placeholder text of a new file. Replace it with your own words.',
  'A facial peel is a cosmetic treatment. It removes the top layer of dead skin.',
);

function unreadable(
  file: string,
  parsed: Extract<ParsedYaml, { readable: false }>,
): ContentProblem {
  return { file, ...explainYamlError(parsed.yaml, parsed.line, parsed.reason) };
}

function placeholdersInBody(file: string, body: YamlSource): ContentProblem[] {
  return [...body.text.matchAll(new RegExp(PLACEHOLDER_IN_TEXT, 'g'))].map(({ index }) => ({
    file,
    field: 'page text',
    line: body.linesBefore + body.text.slice(0, index).split('\n').length,
    message: BODY_PLACEHOLDER,
  }));
}

interface CheckedEntry {
  entry: ContentFile;
  problems: ContentProblem[];
  /** The fields as written, when the frontmatter could be read. */
  fields?: Record<string, unknown>;
  /** The fields after the schema, when there was nothing wrong with them. */
  checked?: Record<string, unknown>;
}

function checkEntry(
  entry: ContentFile,
  schema: ReturnType<typeof schemaFor>,
  contentDir: string,
): CheckedEntry {
  const { frontmatter, file, refusal } = entry;
  if (refusal) return { entry, problems: [{ file, ...refusal }] };
  // Astro reads a file with no frontmatter as one with no fields, so it still exists for links.
  if (!frontmatter) {
    return {
      entry,
      fields: {},
      problems: [{ file, field: 'whole file', message: NO_FRONTMATTER }],
    };
  }
  if (!frontmatter.readable) return { entry, problems: [unreadable(file, frontmatter)] };
  const fields = frontmatter.data as Record<string, unknown>;
  const result = schema.safeParse(fields);
  const fromSchema = schemaProblems(file, frontmatter.yaml, result.error?.issues ?? []);
  // A date in quotes stays text, and the schema refuses it already; one message is enough.
  const rolledOver = findImpossibleDates(file, frontmatter.yaml).filter(
    ({ line }) => !fromSchema.some((problem) => problem.line === line),
  );
  return {
    entry,
    fields,
    ...(result.success ? { checked: result.data } : {}),
    problems: [
      ...rolledOver,
      ...fromSchema,
      ...placeholdersInBody(file, entry.body),
      ...findPageTextProblems(file, entry.body, filesNextTo(entry.path, contentDir)),
    ],
  };
}

// A link still showing its placeholder is reported by the schema, not again as a missing file.
const linkedId = (value: unknown) =>
  typeof value === 'string' && !isPlaceholder(value) ? value.trim() : undefined;

/** The ids of the files and the links between them, as the cross-file rules read them. */
function linksBetween(entries: readonly CheckedEntry[]): ContentIndex {
  const readable = (collection: ContentFile['collection']) =>
    entries.flatMap(({ entry, fields }) =>
      entry.collection === collection && fields ? [{ id: entry.id, file: entry.file, fields }] : [],
    );
  const linksToTreatment = (collection: 'procedures' | 'aftercare') =>
    readable(collection).flatMap(({ id, file, fields }) => {
      const treatment = linkedId(fields['treatment']);
      return treatment === undefined ? [] : [{ id, file, treatment }];
    });
  return {
    treatments: readable('treatments').map(({ id, file, fields }) => ({
      id,
      file,
      practitioners: Array.isArray(fields['practitioners'])
        ? fields['practitioners'].map(linkedId)
        : [],
    })),
    procedures: linksToTreatment('procedures'),
    aftercare: linksToTreatment('aftercare'),
    practitioners: entries
      .filter(({ entry }) => entry.collection === 'practitioners')
      .map(({ entry }) => ({ id: entry.id, file: entry.file })),
  };
}

function checkFolder(folder: ContentFolder, contentDir: string): CheckedEntry[] {
  const schema = schemaFor(folder.collection, folder.dir);
  return folder.entries.map((entry) => checkEntry(entry, schema, contentDir));
}

/**
 * Puts a problem found from a file's fields at the line of its field, when the field is a top-level
 * one in the file. Only done for problems found, as finding lines means reading the file again.
 */
function atFieldLine(entries: readonly CheckedEntry[]) {
  const yamlByFile = new Map(
    entries.flatMap(({ entry }) =>
      entry.frontmatter?.readable ? [[entry.file, entry.frontmatter.yaml] as const] : [],
    ),
  );
  return (problem: ContentProblem): ContentProblem => {
    const yaml = yamlByFile.get(problem.file);
    const line = yaml && lineOfField(yaml, problem.path ?? [problem.field]);
    return line === undefined ? problem : { ...problem, line };
  };
}

function checkSite(root: string, contentDir: string) {
  const { path, file, settings, refusal } = readSiteFile(root, contentDir);
  if (refusal) return { path, file, problems: [{ file, ...refusal }] };
  if (!settings) {
    const missing = withExample(
      'The clinic settings file is missing.',
      'copy content/site.yaml back from the example in docs/editing.md',
    );
    return { path, file, problems: [{ file, field: 'whole file', message: missing }] };
  }
  if (!settings.readable) return { path, file, problems: [unreadable(file, settings)] };
  const result = siteSchema.safeParse(settings.data);
  return {
    path,
    file,
    problems: schemaProblems(file, settings.yaml, result.error?.issues ?? []),
    ...(result.success
      ? {
          timeZone: result.data.timeZone,
          contact: result.data.contact,
          readingAge: result.data.readingAge,
        }
      : {}),
  };
}

/**
 * A 16-year-old by the readability formulas: they count syllables, so at a lower age the medical
 * words a page must use (erythema, collagen) flag even short, plain sentences.
 */
export const DEFAULT_READING_AGE = 16;

/** The pages whose words can be read: fields that parsed, and page text with no mistakes. */
function writtenPages(entries: readonly CheckedEntry[]): WrittenPage[] {
  return entries.flatMap(({ entry, fields, problems }) => {
    const yaml = entry.frontmatter?.readable ? entry.frontmatter.yaml : undefined;
    if (!fields || !yaml) return [];
    const bodyRead = !problems.some(({ field }) => field === 'page text');
    return [{ file: entry.file, fields, yaml, ...(bodyRead ? { body: entry.body } : {}) }];
  });
}

/**
 * Each practitioner's name, word by word: a profile's own name is never a misspelling, and the other
 * pages may name them too, so a new practitioner needs no line in the word list.
 */
function practitionerNames(entries: readonly CheckedEntry[]): string[] {
  return entries.flatMap(({ entry, fields }) =>
    entry.collection === 'practitioners' ? nameWords(fields?.['name']) : [],
  );
}

/** A name's words, as the word list holds them; anything but text has none. */
export const nameWords = (name: unknown): string[] =>
  typeof name === 'string' ? name.split(/\s+/).filter(Boolean) : [];

function reviewedPages(entries: readonly CheckedEntry[]): ReviewedPage[] {
  return entries.flatMap(({ entry, checked }) => {
    const nextReview = checked?.['nextReview'];
    return typeof nextReview === 'string' ? [{ file: entry.file, nextReview }] : [];
  });
}

function treatmentsRead(entries: readonly CheckedEntry[]) {
  return entries.flatMap(({ entry, checked }) =>
    entry.collection === 'treatments' && checked ? [{ file: entry.file, fields: checked }] : [],
  );
}

// Within a file, problems go down the page; those with no line (a missing field) come last.
const byFileThenLine = (a: ContentProblem, b: ContentProblem) =>
  a.file.localeCompare(b.file, 'en') ||
  (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);

/**
 * Checks `contentDir`; `root` is the repository, which file paths are shown relative to. With
 * `kept`, the writing check reads again only text it has not read before with the same settings.
 */
export function checkContent(root: string, contentDir: string, kept?: KeptFindings): ContentCheck {
  const site = checkSite(root, contentDir);
  const folders = COLLECTIONS.map((collection) => readContentFolder(root, contentDir, collection));
  const entries = folders.flatMap((folder) => checkFolder(folder, contentDir));
  const placed = atFieldLine(entries);
  // Links and devices the readers above do not already report, such as a linked folder or photo.
  const read = new Set([site.path, ...entries.map(({ entry }) => entry.path)]);
  const notPlain = notPlainFilesIn(contentDir)
    .filter(({ path }) => !read.has(path))
    .map(({ path, message }) => ({ file: shownPath(root, path), field: 'whole file', message }));
  const everyFileReadable =
    notPlain.length === 0 && entries.every(({ fields }) => fields !== undefined);
  const problems = [
    ...site.problems,
    ...notPlain,
    ...folders.flatMap((folder) => findFileNameProblems(shownPath(root, folder.dir), folder.names)),
    ...entries.flatMap(({ problems }) => problems),
    // Cross-file rules need every file read; until then they would report files as missing.
    ...(everyFileReadable ? findCrossFileProblems(linksBetween(entries), true).map(placed) : []),
  ];
  const lists = readWritingLists(root, contentDir);
  const writing = writingProblems(
    writtenPages(entries),
    {
      readingAge: site.readingAge ?? DEFAULT_READING_AGE,
      words: [...lists.words, ...practitionerNames(entries)],
    },
    lists.allowed,
    kept,
  );
  kept?.save();
  problems.push(...lists.problems, ...writing.problems);
  // The clinic's wall calendar decides when a review is due.
  const today = todayInZone(site.timeZone ?? CLINIC_ZONE);
  return {
    // The MDX files and site.yaml.
    files: entries.length + 1,
    problems: problems.sort(byFileThenLine),
    warnings: [
      ...overdueReviews(reviewedPages(entries), today).map(placed),
      ...missingSafetyFacts(treatmentsRead(entries)),
      ...unansweredClientQuestions(treatmentsRead(entries)),
      // Only a settings file that was read can be said to lack a way to book.
      ...(site.problems.length === 0 ? noWayToBook(site.file, site.contact) : []),
      ...writing.warnings,
      ...(everyFileReadable ? findDraftTreatments(linksBetween(entries)).map(placed) : []),
    ],
  };
}
