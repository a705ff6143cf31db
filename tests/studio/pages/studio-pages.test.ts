import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '~/content-check/problem';
import { historyPage } from '~/studio/pages/history-page';
import { homePage } from '~/studio/pages/home-page';
import { jobPage } from '~/studio/pages/job-page';
import { savePage } from '~/studio/pages/save-page';
import { signInPage } from '~/studio/pages/sign-in-page';
import type { JobOutcome } from '~/studio/server/job-outcome';
import type { Job } from '~/studio/server/work-queue';

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const AT = new Date('2026-07-01T13:02:00Z');
const MISTAKE: ContentProblem = {
  file: 'content/treatments/microneedling.mdx',
  field: 'name',
  line: 2,
  message: 'The name is empty. For example:\nname: Microneedling',
};

const job = (state: Job<JobOutcome>['state'], outcome?: JobOutcome): Job<JobOutcome> => ({
  id: '2',
  kind: 'publish',
  by: 'Karen Evans',
  queuedAt: AT,
  startedAt: AT,
  state,
  ...(outcome === undefined ? {} : { outcome }),
});

describe("the studio's pages", () => {
  it('escape every word an editor or a visitor typed', () => {
    const pages = [
      signInPage({ message: HOSTILE, username: HOSTILE, next: HOSTILE }),
      homePage({
        person: HOSTILE,
        changes: [HOSTILE],
        problems: [{ ...MISTAKE, field: HOSTILE, message: HOSTILE }],
        warnings: [],
        lastPublish: { name: HOSTILE, date: AT, message: HOSTILE },
        busy: { kind: 'publish', by: HOSTILE, since: AT },
        pushProblem: HOSTILE,
      }),
      jobPage({
        person: HOSTILE,
        job: {
          ...job('failed', { kind: 'failed', message: HOSTILE, output: HOSTILE }),
          by: HOSTILE,
        },
        ahead: [],
      }),
      savePage({ person: HOSTILE, by: HOSTILE, date: AT, file: HOSTILE, text: HOSTILE }),
      historyPage({
        person: HOSTILE,
        live: undefined,
        publishes: [
          {
            sha: HOSTILE,
            name: HOSTILE,
            date: AT,
            message: HOSTILE,
            changes: [HOSTILE],
            saves: [{ sha: HOSTILE, name: HOSTILE, date: AT, files: [`content/${HOSTILE}.mdx`] }],
          },
        ],
        unpublished: [{ sha: HOSTILE, name: HOSTILE, date: AT, files: [HOSTILE] }],
      }),
    ];
    for (const html of pages) {
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;');
    }
  });

  it('shows the changes in words, the mistakes with their file and example, and the publish box', () => {
    const html = homePage({
      person: 'Sam Taylor',
      changes: ['Treatment: Microneedling, the one-line summary shown on the treatments page'],
      problems: [MISTAKE],
      warnings: [],
    });
    expect(html).toContain('<li>Treatment: Microneedling, the one-line summary');
    expect(html).toContain('The content check found 1 mistake');
    expect(html).toContain('content/treatments/microneedling.mdx, line 2');
    expect(html).toContain('name: Microneedling');
    expect(html).toMatch(/<form method="post" action="\/studio\/publish">/);
    expect(html).toContain('Nothing has been published from the studio yet');
  });

  it('says when there is nothing to publish and the check is clean', () => {
    const html = homePage({ person: 'Sam Taylor', changes: [], problems: [], warnings: [] });
    expect(html).toContain('Nothing has changed since the last publish.');
    expect(html).toContain('The content check found no mistakes.');
    expect(html).not.toContain('class="problems"');
  });

  it('shows a waiting publish whose turn it is after another, and asks for itself again', () => {
    const html = jobPage({
      person: 'Sam Taylor',
      job: { ...job('waiting'), by: 'Sam Taylor' },
      ahead: [job('running')],
    });
    expect(html).toContain('Waiting its turn: only one publish runs at a time.');
    expect(html).toContain('the publish Karen Evans started at 1 July 2026 at 14:02');
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
  });

  it('stops asking for itself once the job has ended, and says how', () => {
    const done = jobPage({
      person: 'Sam Taylor',
      job: job('done', { kind: 'published', sha: 'abc' }),
      ahead: [],
      siteUrl: 'https://www.example.com',
    });
    expect(done).not.toContain('http-equiv="refresh"');
    expect(done).toContain('Done: the public site shows it now.');
    expect(done).toContain('href="https://www.example.com"');

    const refused = jobPage({
      person: 'Sam Taylor',
      job: job('failed', { kind: 'mistakes', problems: [MISTAKE] }),
      ahead: [],
    });
    expect(refused).toContain('Nothing was published: the content has mistakes.');
    expect(refused).toContain('content/treatments/microneedling.mdx, line 2');

    const pushed = jobPage({
      person: 'Sam Taylor',
      job: job('done', { kind: 'published', sha: 'abc', pushProblem: 'remote not found' }),
      ahead: [],
    });
    expect(pushed).toContain(
      'could not be sent to the copy of the site kept elsewhere: remote not found',
    );
  });

  it('offers to put back every publish but the live one', () => {
    const html = historyPage({
      person: 'Sam Taylor',
      live: 'b2',
      unpublished: [],
      publishes: [
        {
          sha: 'b2',
          name: 'Karen Evans',
          date: AT,
          message: 'New summary',
          changes: ['Treatment: Microneedling, the one-line summary shown on the treatments page'],
          putBackOf: { sha: 'a1', date: AT },
          saves: [
            {
              sha: 'c3',
              name: 'Karen Evans',
              date: AT,
              files: [
                'content/treatments/microneedling.mdx',
                'content/practitioners/karen/photo.jpg',
              ],
            },
          ],
        },
        { sha: 'a1', name: 'Sam Taylor', date: AT, message: 'First', changes: [], saves: [] },
      ],
    });
    expect(html.match(/<button[^>]*>Put this version back<\/button>/g)).toHaveLength(1);
    expect(html).toContain('<input type="hidden" name="commit" value="a1">');
    expect(html).toContain('Live now');
    expect(html).toContain('This put back the version published 1 July 2026 at 14:02.');
    expect(html).toContain('<summary>The 1 save in it</summary>');
    expect(html).toContain(
      '<a href="/studio/saves/c3?file=content%2Ftreatments%2Fmicroneedling.mdx">content/treatments/microneedling.mdx</a>',
    );
    expect(html).toContain('<code>content/practitioners/karen/photo.jpg</code>');
    expect(html).not.toContain('Saved, not yet published');
  });

  it('marks the sign-in fields when a sign-in failed, and keeps where to go next', () => {
    const html = signInPage({
      message: 'The sign-in name or the password is not right.',
      username: 'sam-taylor',
      next: '/studio/history',
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="sam-taylor"');
    expect(html).toContain('name="next" value="/studio/history"');
    expect(signInPage({})).not.toContain('aria-invalid');
  });
});
