import { escape, page, whenText } from './html.ts';

export interface PublishView {
  sha: string;
  name: string;
  date: Date;
  message: string;
  /** What it changed, in the editor's words. */
  changes: readonly string[];
  /** The publish this one put back, when it was a put-back. */
  putBackOf?: { sha: string; date?: Date };
}

function changesPart(changes: readonly string[]): string {
  if (changes.length === 0) return '<p class="meta">Nothing changed in the content.</p>';
  return `<ul class="changes">${changes.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>`;
}

function entry(publish: PublishView, live: boolean): string {
  const putBack =
    publish.putBackOf === undefined
      ? ''
      : `<p class="meta">This put back the version ${publish.putBackOf.date === undefined ? `of ${escape(publish.putBackOf.sha.slice(0, 7))}` : `published ${escape(whenText(publish.putBackOf.date))}`}.</p>`;
  const action = live
    ? '<p><span class="live">Live now</span></p>'
    : `<form method="post" action="/studio/put-back">
<input type="hidden" name="commit" value="${escape(publish.sha)}">
<button type="submit" class="quiet" aria-label="Put this version back: the one published ${escape(whenText(publish.date))}">Put this version back</button>
</form>`;
  return `<li>
<p class="message">${escape(publish.message)}</p>
<p class="meta">${escape(whenText(publish.date))}, by ${escape(publish.name)}</p>
${putBack}
${changesPart(publish.changes)}
${action}
</li>`;
}

export function historyPage(view: {
  person: string;
  publishes: readonly PublishView[];
  live: string | undefined;
}): string {
  const list =
    view.publishes.length === 0
      ? '<p>Nothing has been published from the studio yet.</p>'
      : `<ol class="publishes">\n${view.publishes.map((publish) => entry(publish, publish.sha === view.live)).join('\n')}\n</ol>`;
  return page({
    title: 'History',
    person: view.person,
    body: `<h1>History</h1>
<p>Every publish, newest first. Putting a version back publishes its words again, as a new publish; nothing in the history is lost.</p>
${list}`,
  });
}
