/**
 * Content problems as text blocks for a terminal: where, which field, what is wrong, a right example.
 * The same blocks are printed by `npm run check:content` and by the build.
 */
import { labelled } from '../lib/labelled-line.ts';
import { partsOfMessage } from '../schemas/messages.ts';
import type { ContentCheck } from './check.ts';
import type { ContentProblem } from './problem.ts';

/** One block for one problem; `kind` is "Problem" for mistakes and "Warning" for the rest. */
export function problemBlock(problem: ContentProblem, kind: 'Problem' | 'Warning'): string {
  const { problem: what, example } = partsOfMessage(problem.message);
  return [
    problem.line === undefined ? problem.file : `${problem.file} (line ${problem.line})`,
    labelled('Field', problem.field),
    ...(problem.words === undefined ? [] : [labelled('Words', problem.words)]),
    labelled(kind, what),
    ...(example === undefined
      ? []
      : [labelled(problem.words === undefined ? 'Example' : 'Instead', example)]),
  ].join('\n');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every block of a check, then a one-line summary. */
export function reportOf(check: ContentCheck, contentName: string): string {
  const blocks = [
    ...check.problems.map((problem) => problemBlock(problem, 'Problem')),
    ...check.warnings.map((warning) => problemBlock(warning, 'Warning')),
  ];
  const files = count(check.files, 'file', 'files');
  const summary =
    check.problems.length === 0
      ? `Checked ${files} in ${contentName}: no mistakes.`
      : `Checked ${files} in ${contentName}: ${count(check.problems.length, 'mistake', 'mistakes')} to fix. Fix each one above, then run npm run check:content again.`;
  const warnings =
    check.warnings.length === 0
      ? ''
      : ` ${count(check.warnings.length, 'warning', 'warnings')} to look at.`;
  return [...blocks, summary + warnings].join('\n\n');
}
