/**
 * The retext plugins the writing check runs. Building the British English spell checker takes most
 * of the check's time, so one processor is kept for as long as the reading age and word list stay
 * the same: the preview checks the content on every save without building it again.
 */
import dictionary from 'dictionary-en-gb';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import retextClaims from './advertising/retext-claims.ts';
import retextSkipLongWords from './retext-skip-long-words.ts';
import { SIMPLER_WORDS_KEPT } from './simpler-words-kept.ts';

export interface WritingSettings {
  /** The age of reader a sentence should be easy for. */
  readingAge: number;
  /** The clinic's own words, one a line, as the spell checker takes them. */
  words: readonly string[];
}

/** How many unknown words a processor suggests spellings for, over all the texts it reads. */
export const MOST_SUGGESTED = 20;

const makeProcessor = ({ readingAge, words }: WritingSettings) =>
  unified()
    .use(retextSkipLongWords)
    .use(retextSpell, {
      dictionary,
      personal: words.join('\n'),
      // Suggestions take the spell checker a while; a page full of unknown words needs only a few.
      max: MOST_SUGGESTED,
    })
    // A sentence of a few words is short enough to read whatever its words: the formulas count
    // syllables, and would question "Palwasha Yusofi performs this treatment."
    .use(retextReadability, { age: readingAge, minWords: 8 })
    .use(retextRepeatedWords)
    .use(retextSimplify, { ignore: [...SIMPLER_WORDS_KEPT] })
    .use(retextClaims)
    .freeze();

let kept:
  { key: string; processor: ReturnType<typeof makeProcessor>; unknown: Set<string> } | undefined;

/** The processor for these settings: the one kept, or a new one. */
export function processorFor(settings: WritingSettings) {
  const key = JSON.stringify([settings.readingAge, settings.words]);
  if (kept?.key !== key) kept = { key, processor: makeProcessor(settings), unknown: new Set() };
  return kept.processor;
}

/**
 * Counts the unknown words the kept processor has met. Once it has given all its suggestions, the
 * next check gets a new one, so an editor's new typo is always given a suggestion.
 */
export function noteUnknownWords(words: readonly string[]) {
  if (!kept) return;
  for (const word of words) kept.unknown.add(word);
  if (kept.unknown.size >= MOST_SUGGESTED) kept = undefined;
}
