/**
 * The writing check's findings kept by the text they were found in, so a rebuild or the preview's
 * check after a save reads again only the text that changed: at 1,000 treatments the writing check
 * was most of a build's start. A finding depends on the text, the reading age, the word list and
 * the check's own code and packages; the key holds all of them, so changing any one checks every
 * text again. Kept findings that were not asked for in a check are not kept after it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WritingChecker } from '../../writing-check/check-text.ts';
import { isUnknownWord } from '../../writing-check/explain.ts';
import type { WritingFinding } from '../../writing-check/finding.ts';
import type { WritingSettings } from '../../writing-check/processor.ts';

const FILE_VERSION = 1;

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

const WRITING_CHECK = fileURLToPath(new URL('../../writing-check/', import.meta.url));

/** The check's code: every file of src/writing-check/, and the packages the project has installed. */
function codeVersion(root: string): string {
  const sources = readdirSync(WRITING_CHECK, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(WRITING_CHECK, name)));
  const lock = join(root, 'package-lock.json');
  return sha256(...sources, existsSync(lock) ? readFileSync(lock) : 'no lock file');
}

function isFinding(value: unknown): value is WritingFinding {
  const { line, words, why, suggestion, stops } = (value ?? {}) as Partial<WritingFinding>;
  return (
    Number.isSafeInteger(line) &&
    typeof words === 'string' &&
    typeof why === 'string' &&
    typeof suggestion === 'string' &&
    typeof stops === 'boolean'
  );
}

/** The kept findings in `file`; a file that is missing, unreadable or of another shape keeps none. */
function readKept(file: string): Map<string, WritingFinding[]> {
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; texts?: unknown };
    if (read.version !== FILE_VERSION || typeof read.texts !== 'object' || !read.texts)
      return new Map();
    return new Map(
      Object.entries(read.texts).filter(
        (entry): entry is [string, WritingFinding[]] =>
          Array.isArray(entry[1]) && entry[1].every(isFinding),
      ),
    );
  } catch {
    return new Map();
  }
}

export class KeptFindings {
  readonly #file: string | undefined;
  readonly #code: string;
  #kept: Map<string, WritingFinding[]>;
  #asked = new Map<string, WritingFinding[]>();

  /** Findings kept in `file` between runs, or, without one, only while this process runs. */
  constructor(root: string, file?: string) {
    this.#file = file;
    this.#code = codeVersion(root);
    this.#kept = file ? readKept(file) : new Map();
  }

  /**
   * A checker answering from the kept findings where the text and settings are the same, and from
   * the checker `makeChecker` makes for the rest. It is made only for a text not kept: building the
   * spell checker is a tenth of a second, which a preview whose texts are all kept need not wait for.
   */
  checking(makeChecker: () => WritingChecker, settings: WritingSettings): WritingChecker {
    let made: WritingChecker | undefined;
    const checker = () => (made ??= makeChecker());
    const asked = sha256(this.#code, JSON.stringify(settings));
    const remembered = (kind: string, text: string, find: () => WritingFinding[]) => {
      const key = sha256(asked, kind, text);
      const findings = this.#asked.get(key) ?? this.#kept.get(key) ?? find();
      // A text with an unknown word is read again each time, so a new typo gets its suggestions.
      if (!findings.some(isUnknownWord)) this.#asked.set(key, findings);
      return findings;
    };
    return {
      field: (text) => remembered('field', text, () => checker().field(text)),
      // The tree is the build's parse of the text, so the text alone decides it.
      body: (root, text) => remembered('body', text, () => checker().body(root, text)),
    };
  }

  /** Keeps what this check asked for, for the next, and forgets the rest. */
  save(): void {
    this.#kept = this.#asked;
    this.#asked = new Map();
    if (!this.#file) return;
    const partial = `${this.#file}.${process.pid}.partial`;
    try {
      writeFileSync(
        partial,
        JSON.stringify({ version: FILE_VERSION, texts: Object.fromEntries(this.#kept) }),
      );
      // Renamed into place whole, so a build stopped halfway leaves the last file or this one.
      renameSync(partial, this.#file);
    } catch {
      // A cache that cannot be written (a full disk, a folder removed) only means the next check
      // reads every text again; it must not stop a check that has its answer.
      rmSync(partial, { force: true });
    }
  }
}
