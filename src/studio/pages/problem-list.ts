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
