/**
 * Phrases from retext-simplify's list that the site keeps. Its list is written for business prose;
 * on a health page these are the plain words themselves, and flagging them would teach editors to
 * ignore the check.
 */
export const SIMPLER_WORDS_KEPT: readonly string[] = [
  // Flagged wherever it appears, as in a heading like "Where it is used".
  'it is',
  // "Very red" says how red, in the words a reader uses.
  'very',
  // "There is no need to decide on the day" cannot lose its first words; the advice on pressure to
  // book suggests it.
  'there is',
];
