import type { Job } from '../server/work-queue.ts';
import type { JobOutcome } from '../server/job-outcome.ts';
import { escape, page, whenText } from './html.ts';
import { problemList } from './problem-list.ts';

export interface JobView {
  person: string;
  job: Job<JobOutcome>;
  ahead: readonly Job<JobOutcome>[];
  siteUrl?: string;
}

/** A job still waiting or running asks for its page again this often, so the page moves on by itself. */
const REFRESH_SECONDS = 2;

function waiting(view: JobView): string {
  const first = view.ahead[0];
  const who =
    first === undefined
      ? 'the job before it'
      : `the ${escape(first.kind)} ${escape(first.by)} started at ${escape(whenText(first.startedAt ?? first.queuedAt))}`;
  const others = view.ahead.length > 1 ? ` (${view.ahead.length} jobs are ahead of it)` : '';
  return `<p class="notice" role="status">Waiting its turn: only one publish runs at a time. It starts when ${who} has finished${others}. This page updates by itself.</p>`;
}

function ended(view: JobView, outcome: JobOutcome | undefined): string {
  if (outcome === undefined) {
    return '<p class="notice bad" role="alert">It stopped with an error the studio did not expect. The public site is as it was. Try again, and if it happens again, tell whoever looks after the studio.</p>';
  }
  if (outcome.kind === 'mistakes') {
    return `<p class="notice bad" role="alert">Nothing was published: the content has mistakes. The public site is as it was.</p>\n${problemList(outcome.problems)}\n<p><a href="/keystatic">Fix them in the forms</a>, then publish again.</p>`;
  }
  if (outcome.kind === 'failed') {
    const output =
      outcome.output === undefined || outcome.output.trim() === ''
        ? ''
        : `<details><summary>What the build printed</summary><pre>${escape(outcome.output.trim())}</pre></details>`;
    return `<p class="notice bad" role="alert">Nothing was published: ${escape(outcome.message)} The public site is as it was.</p>\n${output}`;
  }
  const site =
    view.siteUrl === undefined
      ? ''
      : ` <a href="${escape(view.siteUrl)}">Open the public site</a>.`;
  const push =
    outcome.pushProblem === undefined
      ? ''
      : `\n<p class="notice bad" role="alert">It could not be sent to the copy of the site kept elsewhere: ${escape(outcome.pushProblem)}</p>`;
  return `<p class="notice good" role="status">Done: the public site shows it now.${site}</p>${push}\n<p><a href="/studio/history">See the history</a>.</p>`;
}

export function jobPage(view: JobView): string {
  const { job } = view;
  const title = job.kind === 'publish' ? 'Publishing' : 'Putting a version back';
  const running = job.state === 'waiting' || job.state === 'running';
  const state =
    job.state === 'waiting'
      ? waiting(view)
      : job.state === 'running'
        ? `<p class="notice" role="status">Checking and building the site. This takes a few seconds; the page updates by itself.</p>`
        : ended(view, job.outcome);
  return page({
    title,
    person: view.person,
    ...(running ? { refresh: REFRESH_SECONDS } : {}),
    body: `<h1>${title}</h1>
<p class="meta">Started by ${escape(job.by)} at ${escape(whenText(job.queuedAt))}.</p>
${state}
<p><a href="/studio/">Back to Publish</a></p>`,
  });
}
