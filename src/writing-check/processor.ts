/**
 * The retext plugins the writing check runs. Building the British English spell checker takes most
 * of the check's time, so one processor reads every text of a check; a new check makes a new one,
 * as the spell checker gives suggestions for only the first few unknown words it meets.
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

/** A processor for one check of the content. */
export const processorFor = ({ readingAge, words }: WritingSettings) =>
  unified()
    .use(retextSkipLongWords)
    .use(retextSpell, {
      dictionary,
      personal: words.join('\n'),
      // Suggestions take the spell checker a while; a page full of unknown words needs only a few.
      max: 10,
    })
    // A sentence of a few words is short enough to read whatever its words: the formulas count
    // syllables, and would question "Palwasha Yusofi performs this treatment."
    .use(retextReadability, { age: readingAge, minWords: 8 })
    .use(retextRepeatedWords)
    .use(retextSimplify, { ignore: [...SIMPLER_WORDS_KEPT] })
    .use(retextClaims)
    .freeze();
