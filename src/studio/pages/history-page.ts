import { escape, page, whenText } from './html.ts';

/** A save in the forms (or a developer's commit) that changed content files. */
export interface SaveView {
  sha: string;
  name: string;
  date: Date;
  files: readonly string[];
}

export interface PublishView {
  sha: string;
  name: string;
  date: Date;
  message: string;
  /** What it changed, in the editor's words. */
  changes: readonly string[];
  /** The saves this publish took live, newest first. */
  saves: readonly SaveView[];
  /** The publish this one put back, when it was a put-back. */
  putBackOf?: { sha: string; date?: Date };
}

function changesPart(changes: readonly string[]): string {
  if (changes.length === 0) return '<p class="meta">Nothing changed in the content.</p>';
  return `<ul class="changes">${changes.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>`;
}

const TEXT_FILE = /\.(mdx|ya?ml)$/;

function saveLine(save: SaveView): string {
  const files = save.files
    .map((file) =>
      TEXT_FILE.test(file)
        ? `<a href="/studio/saves/${escape(save.sha)}?file=${encodeURIComponent(file)}">${escape(file)}</a>`
        : `<code>${escape(file)}</code>`,
    )
    .join(', ');
  return `<li>${escape(whenText(save.date))}, ${escape(save.name)}: ${files}</li>`;
}

/** Every save is kept: this lists them, each file linked to the words as they were saved. */
function savesPart(saves: readonly SaveView[], summary: string): string {
  if (saves.length === 0) return '';
  return `<details>
<summary>${escape(summary)}</summary>
<ul class="changes">
${saves.map(saveLine).join('\n')}
</ul>
</details>`;
}

const savesCount = (n: number) => (n === 1 ? '1 save' : `${n} saves`);

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
${savesPart(publish.saves, `The ${savesCount(publish.saves.length)} in it`)}
${action}
</li>`;
}

export function historyPage(view: {
  person: string;
  publishes: readonly PublishView[];
  live: string | undefined;
  /** Saves since the last publish. */
  unpublished: readonly SaveView[];
}): string {
  const list =
    view.publishes.length === 0
      ? '<p>Nothing has been published from the studio yet.</p>'
      : `<ol class="publishes">\n${view.publishes.map((publish) => entry(publish, publish.sha === view.live)).join('\n')}\n</ol>`;
  return page({
    title: 'History',
    person: view.person,
    body: `<h1>History</h1>
<p>Every publish, newest first. Putting a version back publishes its words again, as a new publish; nothing in the history is lost. Every save is kept too: open a publish's saves to see the words as each was saved.</p>
${view.unpublished.length === 0 ? '' : `<h2>Saved, not yet published</h2>\n${savesPart(view.unpublished, savesCount(view.unpublished.length))}`}
${list}`,
  });
}
