/**
 * One editor's mistake, as a row of the table in `mistakes-table.test.ts`: how to make it in a copy
 * of `content/`, and the block the content check must give for it. Rows live in data files beside
 * this one, one file for each kind of mistake, and `index.ts` lists them all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MistakeRow {
  /** What the editor did, in a few words: "an http: booking link". */
  name: string;
  /** Makes the mistake in `contentDir`, a throwaway copy of `content/`. */
  apply: (contentDir: string) => void;
  /** The block the check must give. */
  block: {
    /** The file it names, inside the content folder: `treatments/microneedling.mdx`. */
    file: string;
    /** The field, as the block writes it: `sessionInterval > value`, `whole file`. */
    field: string;
    /** The line, where the mistake has one. */
    line?: number;
    /** Words the message must have, saying what is wrong. */
    says: RegExp;
  };
}

/** Replaces the one place `from` is in `file`, so a change to the real content fails loudly. */
export function replaceIn(file: string, from: string, to: string) {
  return (contentDir: string) => {
    const path = join(contentDir, file);
    const text = readFileSync(path, 'utf8');
    if (text.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} exactly once`);
    writeFileSync(path, text.replace(from, to));
  };
}

/** Runs several changes in turn. */
export const both =
  (...changes: ((contentDir: string) => void)[]) =>
  (contentDir: string) => {
    for (const change of changes) change(contentDir);
  };

/** Writes `content` to `file`, replacing what is there. */
export const writeTo = (file: string, content: string | Buffer) => (contentDir: string) =>
  writeFileSync(join(contentDir, file), content);
