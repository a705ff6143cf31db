import { problemBox } from '../../content-check/preview/problem-page.ts';
import type { ContentProblem } from '../../content-check/problem.ts';

const count = (n: number) => (n === 1 ? '1 mistake' : `${n} mistakes`);

/** The content check's boxes, as the studio shows them before it will publish. */
export function problemList(problems: readonly ContentProblem[]): string {
  return `<div class="problems">
<p class="notice bad" role="alert">The content check found ${count(problems.length)}. The site cannot be published until ${problems.length === 1 ? 'it is' : 'they are'} fixed. Each box says which file and field to change, with a right example.</p>
${problems.map(problemBox).join('\n')}
</div>`;
}

/** Things the check asks the clinic to look at, which do not stop a publish. */
export function warningList(warnings: readonly ContentProblem[]): string {
  return `<div class="warnings">
<p class="notice">${warnings.length === 1 ? 'One thing does' : `${warnings.length} things do`} not stop a publish, but ${warnings.length === 1 ? 'needs' : 'need'} the clinic to look at ${warnings.length === 1 ? 'it' : 'them'}:</p>
${warnings.map(problemBox).join('\n')}
</div>`;
}
