import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORD = /\p{L}+/gu;

/** The words of a text, in lower case; digits and punctuation part them. */
export const wordsOf = (text: string) => (text.toLowerCase().match(WORD) ?? []) as string[];

const WEEKDAYS = Array.from({ length: 7 }, (_, day) =>
  new Date(Date.UTC(2026, 0, 5 + day)).toLocaleString('en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }),
);
// Words Intl and the site's formatting write from dates (months, days, days as "Mondays").
const CALENDAR_WORDS = [
  ...Array.from({ length: 12 }, (_, month) =>
    new Date(Date.UTC(2026, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
  ),
  ...WEEKDAYS,
  ...WEEKDAYS.map((day) => `${day}s`),
];

/** Every word written anywhere in `folders`, which a page's text may use. */
export function dictionaryOf(folders: readonly string[]): Set<string> {
  const words = new Set(wordsOf(CALENDAR_WORDS.join(' ')));
  for (const folder of folders) {
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const path = join(folder, file);
      const text = (() => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return ''; // a folder
        }
      })();
      for (const word of wordsOf(text)) words.add(word);
    }
  }
  return words;
}

/** The words of `text` that no file has: run-together words and typos. */
export const unknownWords = (text: string, dictionary: ReadonlySet<string>) => [
  ...new Set(wordsOf(text).filter((word) => !dictionary.has(word))),
];

/** How many sentences back a repeat is noticed: a heading between the two does not hide it. */
const NEAR = 3;

/** Sentences said again soon after, as a reader meets them. */
export function repeatedSentences(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    // Only whole sentences: a heading or a name such as the clinic's in the header and footer may recur.
    .filter((sentence) => /[.!?]$/.test(sentence) && sentence.split(/\s+/).length > 2);
  return sentences.filter((sentence, index) =>
    sentences.slice(Math.max(0, index - NEAR), index).includes(sentence),
  );
}
