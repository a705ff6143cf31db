/** One thing the writing check found in a piece of text, at its line of that text. */
export interface WritingFinding {
  /** The line of the text, counted from 1. */
  line: number;
  /** The words as written. */
  words: string;
  /** Why they are a problem, in an editor's words. */
  why: string;
  /** A way to say it instead, or what to do. */
  suggestion: string;
  /** True when the site cannot be published with these words. */
  stops: boolean;
}
