/**
 * The page the preview shows instead of any page while the content has a mistake: the blocks
 * `npm run check:content` prints, laid out to read on a phone. It is plain HTML with its own styles,
 * so it shows even when the mistake would stop the site's own pages from being built.
 */
import { escapeHtml as escape } from '../../lib/html-entities.ts';
import { partsOfMessage } from '../../schemas/messages.ts';
import type { ContentProblem } from '../problem.ts';

/** One mistake as a box: the file and line, the field, the problem and a right example. */
export function problemBox(problem: ContentProblem): string {
  const { problem: what, example } = partsOfMessage(problem.message);
  const where = problem.line === undefined ? problem.file : `${problem.file}, line ${problem.line}`;
  return `<section>
<h2>${escape(where)}</h2>
<dl>
<dt>Field</dt><dd><code>${escape(problem.field)}</code></dd>${
    problem.words === undefined ? '' : `\n<dt>Words</dt><dd>${escape(problem.words)}</dd>`
  }
<dt>Problem</dt><dd>${escape(what)}</dd>${
    example === undefined
      ? ''
      : problem.words === undefined
        ? `\n<dt>Example</dt><dd><pre>${escape(example)}</pre></dd>`
        : `\n<dt>Instead</dt><dd>${escape(example)}</dd>`
  }
</dl>
</section>`;
}

const STYLE = `
  body { margin: 0; font: 1.125rem/1.5 system-ui, sans-serif; color: #1f2328; background: #fff; }
  main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
  h2 { font-size: 1.125rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
  section { border-left: 0.375rem solid #b42318; padding: 0.75rem 1rem; margin: 1.5rem 0; background: #fef3f2; }
  dl { margin: 0; }
  dt { font-weight: 700; margin-top: 0.5rem; }
  dd { margin: 0; overflow-wrap: anywhere; }
  pre, code { font-family: ui-monospace, monospace; font-size: 1rem; }
  pre { margin: 0.25rem 0 0; padding: 0.5rem; background: #fff; border: 1px solid #d0d7de; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

const count = (n: number) => (n === 1 ? '1 mistake' : `${n} mistakes`);

/**
 * The whole page for the mistakes in the content. `reloadScript` is the preview's own live-reload
 * client, which brings the page back by itself once the mistakes are fixed.
 */
export function problemPage(
  problems: readonly ContentProblem[],
  reloadScript: string | undefined,
): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count(problems.length)} to fix in the content</title>
<style>${STYLE}</style>
${reloadScript === undefined ? '' : `<script type="module" src="${escape(reloadScript)}"></script>\n`}</head>
<body>
<main>
<h1>The content has ${count(problems.length)} to fix</h1>
<p>The preview cannot show the site until ${problems.length === 1 ? 'it is' : 'they are'} fixed. Each box says which file and line to change, and shows a right example. ${reloadScript === undefined ? 'Save the file, then load this page again.' : 'Save the file and this page comes back by itself.'}</p>
${problems.map(problemBox).join('\n')}
<p><code>npm run check:content</code> lists the same mistakes, and <code>docs/editing.md</code> explains each message.</p>
</main>
</body>
</html>
`;
}
