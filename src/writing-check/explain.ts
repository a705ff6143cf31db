/**
 * The libraries' messages in an editor's words: what was found, why it matters on a health page,
 * and what to write instead.
 */
import type { VFile } from 'vfile';
import { CLAIM_RULES } from './advertising/claim-rules.ts';
import { CLAIMS_SOURCE } from './advertising/retext-claims.ts';
import type { WritingFinding } from './finding.ts';
import type { WritingSettings } from './processor.ts';

type VFileMessage = VFile['messages'][number];

export const WORD_LIST = 'content/words.txt';

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(' or ');

const NOT_IN_DICTIONARY = " is not in the British English dictionary or in the clinic's word list.";

/**
 * Whether a finding is an unknown word's. Its suggestions depend on the texts read before it (the
 * spell checker suggests for a limited number of words), so it is not one to keep for later.
 */
export const isUnknownWord = (finding: WritingFinding) => finding.why.endsWith(NOT_IN_DICTIONARY);

function spelling(actual: string, expected: readonly string[]) {
  const add = `If "${actual}" is right, add it to ${WORD_LIST} on a line of its own.`;
  return {
    why: `"${actual}"${NOT_IN_DICTIONARY}`,
    suggestion:
      expected.length === 0 ? add : `Did you mean ${quoted(expected.slice(0, 3))}? ${add}`,
  };
}

function explained(message: VFileMessage, settings: WritingSettings) {
  const actual = message.actual ?? '';
  const expected = message.expected ?? [];
  switch (message.source) {
    case 'retext-spell':
      return spelling(actual, expected);
    case 'retext-readability':
      return {
        why: `This sentence is hard to read for the site's reading age of ${settings.readingAge}. Health pages aim for words a reader of that age can follow at first reading.`,
        suggestion: 'Split it into shorter sentences, and use common words in place of long ones.',
      };
    case 'retext-repeated-words':
      return {
        why: `The word "${expected[0] ?? actual}" is written twice in a row.`,
        suggestion: `Delete one of them: "${expected[0] ?? actual}".`,
      };
    case 'retext-simplify':
      return {
        why: `"${actual}" has a simpler, more common way of saying it.`,
        suggestion:
          expected.length === 0
            ? 'Leave it out: the sentence says the same without it.'
            : `Write ${quoted(expected)}.`,
      };
    case CLAIMS_SOURCE: {
      const rule = CLAIM_RULES[Number(message.ruleId)];
      if (rule) return { why: `This reads as ${rule.kind}. ${rule.why}`, suggestion: rule.instead };
    }
  }
  return { why: message.reason, suggestion: 'Reword it.' };
}

/** A library's message as a finding, at its line of the text. */
export function findingOf(message: VFileMessage, settings: WritingSettings): WritingFinding {
  return {
    line: message.line ?? 1,
    words: message.actual ?? '',
    ...explained(message, settings),
    stops: message.source === CLAIMS_SOURCE && message.fatal === true,
  };
}
