/**
 * The preview's answer to a form asking for the writing check of one field. The word list, the
 * allowed wording and the reading age are read again whenever a file they come from changes, so a
 * word added to words.txt counts at once; otherwise a request only looks at the files' sizes and
 * times, which costs far less than reading them. The spell checker is built again only when the
 * words change.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DEFAULT_READING_AGE, nameWords } from '../check.ts';
import { readContentFolder, readSiteFile } from '../files/read-content.ts';
import { ALLOWED_FILE, readWritingLists, WORDS_FILE } from '../files/writing-lists.ts';
import { siteSchema } from '../../schemas/site.ts';
import { fieldTextSchema, findingsFor, type WritingLists } from './field-writing.ts';

function readingAgeIn(root: string, contentDir: string): number {
  const { settings } = readSiteFile(root, contentDir);
  // As the content check has it: the settings' reading age once the file passes its check.
  const checked = settings?.readable ? siteSchema.safeParse(settings.data) : undefined;
  return checked?.data?.readingAge ?? DEFAULT_READING_AGE;
}

/** Far more than any field or page text; a larger body is not a form's. */
export const MOST_BYTES = 64 * 1024;

/** The profiles' files: each is a source of the word list, as its name is never a misspelling. */
function practitionerFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'practitioners');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name));
}

/**
 * Each practitioner's name, word by word, read as the content check reads the profiles: a link, a
 * pipe or a file of megabytes named `.mdx` is refused, not read.
 */
function practitionerNames(root: string, contentDir: string): string[] {
  return readContentFolder(root, contentDir, 'practitioners').entries.flatMap(({ frontmatter }) =>
    frontmatter?.readable ? nameWords((frontmatter.data as { name?: unknown }).name) : [],
  );
}

/** Every file the lists come from, each with its size and time: a key that changes when any does. */
function listsKey(root: string, contentDir: string): string {
  const files = [WORDS_FILE, ALLOWED_FILE, 'site.yaml'].map((name) => join(contentDir, name));
  return [root, ...files, ...practitionerFiles(contentDir)]
    .map((path) => {
      const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
      return stats ? `${path} ${stats.size} ${stats.mtimeNs}` : `${path} none`;
    })
    .join('\n');
}

let kept: { key: string; lists: WritingLists } | undefined;

/** The writing check's lists for `contentDir`, the same object while none of their files change. */
export function writingListsIn(root: string, contentDir: string): WritingLists {
  const key = listsKey(root, contentDir);
  if (kept?.key !== key) kept = { key, lists: readListsIn(root, contentDir) };
  return kept.lists;
}

function readListsIn(root: string, contentDir: string): WritingLists {
  const lists = readWritingLists(root, contentDir);
  return {
    settings: {
      readingAge: readingAgeIn(root, contentDir),
      words: [...lists.words, ...practitionerNames(root, contentDir)],
    },
    allowed: lists.allowed,
  };
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The request's body, or undefined once it has passed `MOST_BYTES`. */
function bodyOf(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MOST_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers a form's POST of `{ collection, entry, field, text }` with the findings for the text. */
export async function answerWritingCheck(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  contentDir: string,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return answer(response, 405, { error: 'Send the text with POST.' });
  }
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type))
    return answer(response, 415, { error: 'Send the text as JSON.' });
  const body = await bodyOf(request);
  if (body === undefined)
    return answer(response, 413, { error: `The text is longer than ${MOST_BYTES} bytes.` });
  let sent: unknown;
  try {
    sent = JSON.parse(body);
  } catch {
    return answer(response, 400, { error: 'The text is not JSON.' });
  }
  const field = fieldTextSchema.safeParse(sent);
  if (!field.success)
    return answer(response, 400, { error: 'Send collection, field and text, each as text.' });
  answer(response, 200, { findings: findingsFor(field.data, writingListsIn(root, contentDir)) });
}
