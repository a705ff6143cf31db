import { escape, page, whenText } from './html.ts';

/** A content file as one save left it, so words saved over can be copied back into a form. */
export function savePage(view: {
  person: string;
  by: string;
  date: Date;
  file: string;
  text: string;
}): string {
  return page({
    title: 'A save',
    person: view.person,
    body: `<h1>Saved by ${escape(view.by)}</h1>
<p class="meta">${escape(whenText(view.date))}: <code>${escape(view.file)}</code></p>
<p>These are the words of the whole file as they were saved. To use some again, copy them into the form and save.</p>
<pre>${escape(view.text)}</pre>
<p><a href="/studio/history">Back to the history</a></p>`,
  });
}
