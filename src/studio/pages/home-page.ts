import type { ContentProblem } from '../../content-check/problem.ts';
import { escape, page, whenText } from './html.ts';
import { problemList, warningList } from './problem-list.ts';

export interface HomeView {
  person: string;
  /** What changed since the last publish, a line each, in the editor's words. */
  changes: readonly string[];
  problems: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
  lastPublish?: { name: string; date: Date; message: string };
  /** A job running now, to say that a publish will wait for it. */
  busy?: { kind: string; by: string; since: Date };
  /** Why the last publish was not sent to the remote, when it was not. */
  pushProblem?: string;
  /** The page address the public site is published at, when known. */
  siteUrl?: string;
}

function changesPart(changes: readonly string[]): string {
  if (changes.length === 0) return '<p>Nothing has changed since the last publish.</p>';
  return `<ul class="changes">\n${changes.map((line) => `<li>${escape(line)}</li>`).join('\n')}\n</ul>`;
}

function checkPart(view: HomeView): string {
  if (view.problems.length > 0) return problemList(view.problems);
  return '<p class="notice good">The content check found no mistakes.</p>';
}

export function homePage(view: HomeView): string {
  const last =
    view.lastPublish === undefined
      ? '<p class="meta">Nothing has been published from the studio yet.</p>'
      : `<p class="meta">Last published ${escape(whenText(view.lastPublish.date))} by ${escape(view.lastPublish.name)}: “${escape(view.lastPublish.message)}”.</p>`;
  const busy =
    view.busy === undefined
      ? ''
      : `<p class="notice" role="status">${escape(view.busy.by)} started a ${escape(view.busy.kind)} at ${escape(whenText(view.busy.since))}. A publish started now waits for it to finish, then runs.</p>`;
  const push =
    view.pushProblem === undefined
      ? ''
      : `<p class="notice bad" role="alert">The last publish is live, but it could not be sent to the copy of the site kept elsewhere: ${escape(view.pushProblem)}</p>`;
  const site =
    view.siteUrl === undefined
      ? ''
      : ` <a href="${escape(view.siteUrl)}">Open the public site</a>.`;
  return page({
    title: 'Publish',
    person: view.person,
    body: `<h1>Publish</h1>
${last}
${push}
<h2>Changes since the last publish</h2>
${changesPart(view.changes)}
<p><a href="/">Preview the site with these changes</a>.${site}</p>
<h2>Content check</h2>
${checkPart(view)}
<h2>Publish the changes</h2>
${busy}
<form method="post" action="/studio/publish">
<label for="message">What changed, in a few words</label>
<p class="hint" id="message-hint">This goes in the history, for example: New opening hours for December.</p>
<input id="message" name="message" required maxlength="200" aria-describedby="message-hint">
<p><button type="submit">Publish</button></p>
</form>${view.warnings.length === 0 ? '' : `\n<h2>To look at</h2>\n${warningList(view.warnings)}`}`,
  });
}
