/**
 * The two lists an editor keeps for the writing check, both in the content folder: the clinic's own
 * words (`words.txt`, one a line, such as names and medical terms the dictionary lacks), and the
 * wording the clinic has decided to keep though the check questions it (`allowed-wording.yaml`,
 * each with its reason, so the next editor can read why).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { withExample } from '../../schemas/messages.ts';
import type { ContentProblem } from '../problem.ts';
import { readPlainText } from './plain-file.ts';
import { shownPath } from './read-content.ts';

export const WORDS_FILE = 'words.txt';
export const ALLOWED_FILE = 'allowed-wording.yaml';

export interface AllowedWording {
  file: string;
  words: string;
  reason: string;
}

export interface WritingLists {
  words: string[];
  allowed: AllowedWording[];
  problems: ContentProblem[];
}

const ALLOWED_EXAMPLE = `- file: content/treatments/peel.mdx
  words: the best result
  reason: the depth that gives the treatment its best result, not a claim about other clinics`;

const allowedList = z.array(
  z.strictObject({
    file: z.string().trim().min(1),
    words: z.string().trim().min(1),
    reason: z.string().trim().min(10),
  }),
);

function readText(root: string, path: string): { text?: string; problem?: ContentProblem } {
  if (!existsSync(path)) return {};
  const read = readPlainText(path);
  if ('refusal' in read) return { problem: { file: shownPath(root, path), ...read.refusal } };
  return { text: read.text };
}

/** Words a line, with `#` comments and blank lines left out. */
const wordsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');

function allowedOf(root: string, path: string, text: string) {
  const file = shownPath(root, path);
  const wrong = (message: string): WritingLists['allowed'] | ContentProblem => ({
    file,
    field: 'whole file',
    message: withExample(message, ALLOWED_EXAMPLE),
  });
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch {
    return wrong(
      'This list cannot be read. Each item starts with "- file:", then "words:" and "reason:" under it.',
    );
  }
  const result = allowedList.safeParse(data);
  return result.success
    ? result.data
    : wrong(
        'Each item in this list needs the file, the words as the page writes them, and the reason they are kept (at least a few words).',
      );
}

/** The word list and the allowed wording, and any mistake in how either is written. */
export function readWritingLists(root: string, contentDir: string): WritingLists {
  const words = readText(root, join(contentDir, WORDS_FILE));
  const allowedPath = join(contentDir, ALLOWED_FILE);
  const allowedText = readText(root, allowedPath);
  const allowed =
    allowedText.text === undefined ? [] : allowedOf(root, allowedPath, allowedText.text);
  const problems = [words.problem, allowedText.problem].filter((p) => p !== undefined);
  if (!Array.isArray(allowed)) problems.push(allowed);
  return {
    words: words.text === undefined ? [] : wordsOf(words.text),
    allowed: Array.isArray(allowed) ? allowed : [],
    problems,
  };
}
