/**
 * The writing check over the content: every page's text and every text field, with the clinic's
 * word list and reading age. Findings the clinic has answered in its allowed wording are left out;
 * a finding that stops the build cannot be answered there.
 */
import { writingChecker, type WritingChecker } from '../../writing-check/check-text.ts';
import type { WritingFinding } from '../../writing-check/finding.ts';
import type { WritingSettings } from '../../writing-check/processor.ts';
import { withExample } from '../../schemas/messages.ts';
import { readBody } from '../body/read-body.ts';
import type { KeptFindings } from '../files/kept-findings.ts';
import type { AllowedWording } from '../files/writing-lists.ts';
import type { YamlSource } from '../files/read-content.ts';
import { lineOfField } from '../files/yaml-lines.ts';
import type { ContentProblem } from '../problem.ts';
import { fieldName } from '../schema-problems.ts';

/** Fields that hold names of files, links, dates and choices, not words a reader reads. */
const NOT_WORDS = new Set([
  'treatment',
  'practitioners',
  'photo',
  // The before-and-after photos' files; their descriptions are words, and are read.
  'before',
  'after',
  'unit',
  'lastReviewed',
  'nextReview',
  'workingDays',
]);

export interface WrittenPage {
  file: string;
  /** The fields as written, and the YAML they were read from, to find their lines. */
  fields: Record<string, unknown>;
  yaml: YamlSource;
  /** The page text, when it had no mistakes of its own. */
  body?: YamlSource;
}

interface FoundWriting {
  file: string;
  field: string;
  line?: number;
  finding: WritingFinding;
}

function textFields(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      NOT_WORDS.has(key) ? [] : textFields(inner, [...path, key]),
    );
  return [];
}

function writingOf(page: WrittenPage, checker: WritingChecker): FoundWriting[] {
  const inFields = textFields(page.fields, []).flatMap(({ path, text }) => {
    const line = lineOfField(page.yaml, path);
    return checker.field(text).map((finding) => ({
      file: page.file,
      field: fieldName(path),
      ...(line === undefined ? {} : { line }),
      finding,
    }));
  });
  const body = page.body;
  const tree = body && readBody(body.text);
  const inBody =
    body && tree?.readable
      ? checker.body(tree.root, body.text).map((finding) => ({
          file: page.file,
          field: 'page text',
          line: body.linesBefore + finding.line,
          finding,
        }))
      : [];
  return [...inFields, ...inBody];
}

// The list names files as `content/...`; a check of a content folder elsewhere shows full paths.
const sameFile = (listed: string, shown: string) => {
  const inContent = listed.replace(/^content\//, '');
  return shown === listed || shown.endsWith(`/${inContent}`);
};

/** Whether the clinic has kept these words in `file`; a finding that stops the build is never kept. */
export const isAllowed = (
  file: string,
  finding: WritingFinding,
  allowed: readonly AllowedWording[],
) =>
  !finding.stops &&
  allowed.some(
    (kept) =>
      sameFile(kept.file, file) && finding.words.toLowerCase().includes(kept.words.toLowerCase()),
  );

const asProblem = ({ file, field, line, finding }: FoundWriting): ContentProblem => ({
  file,
  field,
  ...(line === undefined ? {} : { line }),
  words: finding.words,
  message: withExample(finding.why, finding.suggestion),
});

/**
 * Mistakes that stop the build, and warnings, in every page's words; with `kept`, text checked
 * before with the same settings is answered from its kept findings.
 */
export function writingProblems(
  pages: readonly WrittenPage[],
  settings: WritingSettings,
  allowed: readonly AllowedWording[],
  kept?: KeptFindings,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  // A word written twice in one field is one thing to fix.
  const seen = new Set<string>();
  const checker = kept
    ? kept.checking(() => writingChecker(settings), settings)
    : writingChecker(settings);
  const found = pages
    .flatMap((page) => writingOf(page, checker))
    .filter(({ file, finding }) => !isAllowed(file, finding, allowed))
    .filter(({ file, field, line, finding }) => {
      const key = JSON.stringify([file, field, line, finding.words, finding.why]);
      return !seen.has(key) && Boolean(seen.add(key));
    });
  return {
    problems: found.filter(({ finding }) => finding.stops).map(asProblem),
    warnings: found.filter(({ finding }) => !finding.stops).map(asProblem),
  };
}
