import type { ContentProblem } from '../../content-check/problem.ts';

/** How a publish or a put-back ended, as its page tells it. */
export type JobOutcome =
  | { kind: 'published'; sha: string; pushProblem?: string }
  | { kind: 'mistakes'; problems: ContentProblem[] }
  | { kind: 'failed'; message: string; output?: string };
