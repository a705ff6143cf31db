import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { parse } from 'yaml';
import { checkContent } from '../../content-check/check.ts';
import { problemPage } from '../../content-check/preview/problem-page.ts';
import { headersFor } from '../../publish/headers-file.ts';
import { firstHiddenCharacter } from '../../text/hidden-characters.ts';
import type { Accounts, Person } from '../accounts/accounts.ts';
import { describeChanges, type FileChange } from '../changes/describe-changes.ts';
import {
  changedSinceLive,
  fileAt,
  liveCommit,
  publishes,
  saveAt,
  savesByPublish,
  type Author,
} from '../history/index.ts';
import { escape, page, STUDIO_STYLE_PATH } from '../pages/html.ts';
import { historyPage } from '../pages/history-page.ts';
import { homePage } from '../pages/home-page.ts';
import { jobPage } from '../pages/job-page.ts';
import { savePage } from '../pages/save-page.ts';
import { signInPage } from '../pages/sign-in-page.ts';
import { PREVIEW_BAR_STYLE, STUDIO_STYLE } from '../pages/studio-style.ts';
import type { StudioSettings } from '../settings.ts';
import { DraftPreview } from './draft-preview.ts';
import { FORMS_ASSETS, type FormsApp } from './forms-app.ts';
import { formsHooksFor } from './forms-hooks.ts';
import {
  FormTooLarge,
  FORMS_POLICY,
  readForm,
  redirect,
  sendHtml,
  sendText,
  studioHeaders,
  webHeaders,
} from './http-bits.ts';
import type { JobOutcome } from './job-outcome.ts';
import { pageFileOf, PREVIEW_BAR_STYLE_PATH, withPreviewBar } from './preview-pages.ts';
import { PublishWords } from './publish-words.ts';
import { publishNow, putBack, type PublishPlace } from './publishing.ts';
import { gate, safeNext, wantsPage, type GateRequest } from './request-gate.ts';
import { SaveGuard } from './save-guard.ts';
import { WorkQueue } from './work-queue.ts';

export interface Studio {
  server: Server;
  queue: WorkQueue<JobOutcome>;
  preview: DraftPreview;
}

const MOST_MESSAGE = 200;
/** Content files the save page shows as text; photos are not shown. */
const TEXT_FILE = /\.(mdx|ya?ml)$/;
/** The history page lists this many publishes, newest first. */
const SHOWN_PUBLISHES = 100;
/** A photo may be 20 MB (the content check's limit), which the forms send as base64 JSON. */
const MOST_SAVE_BYTES = 30 * 1024 * 1024;
/** All that the studio's pages, the forms and the preview use. */
const METHODS = new Set(['GET', 'HEAD', 'POST']);

const isFormsPath = (path: string) =>
  path === '/keystatic' ||
  path.startsWith('/keystatic/') ||
  path.startsWith('/api/keystatic/') ||
  path.startsWith(FORMS_ASSETS);

function messageProblem(message: string): string | undefined {
  if (message === '') return 'Write a few words about what changed, for example: New summary.';
  if (message.length > MOST_MESSAGE) {
    return `Keep it to ${MOST_MESSAGE} characters; it has ${message.length}.`;
  }
  const hidden = firstHiddenCharacter(message, false);
  if (hidden !== undefined) return `It has ${hidden.name} (${hidden.code}) in it: type it again.`;
  return undefined;
}

async function siteAddress(repo: string): Promise<string | undefined> {
  try {
    const url = (
      parse(await readFile(join(repo, 'content', 'site.yaml'), 'utf8')) as { url?: unknown }
    ).url;
    return typeof url === 'string' && url.startsWith('https://') ? url : undefined;
  } catch {
    return undefined;
  }
}

async function textOr(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function createStudio(
  settings: StudioSettings,
  accounts: Accounts,
  forms: FormsApp,
): Studio {
  const queue = new WorkQueue<JobOutcome>();
  const work = queue as WorkQueue<unknown>;
  const guard = new SaveGuard();
  const preview = new DraftPreview({ repo: settings.repo, dataDir: settings.dataDir, queue: work });
  const draftFiles = sirv(preview.folder, { dev: true, extensions: ['html'] });
  const place: PublishPlace = {
    repo: settings.repo,
    siteDir: settings.siteDir,
    pushTo: settings.pushTo,
  };
  const publishWords = new PublishWords(settings.repo);
  let pushProblem: string | undefined;

  const authorOf = (person: Person): Author => ({ name: person.name, username: person.username });

  async function home(response: ServerResponse, person: Person): Promise<void> {
    const { repo } = settings;
    const [changed, live, latest, siteUrl] = await Promise.all([
      changedSinceLive(repo),
      liveCommit(repo),
      publishes(repo, 1),
      siteAddress(repo),
    ]);
    const files = await Promise.all(
      changed.map(async ({ path, change }): Promise<FileChange> => {
        const before =
          live === undefined || change === 'added' ? undefined : await fileAt(repo, live, path);
        const after = change === 'removed' ? undefined : await textOr(join(repo, path));
        return {
          path,
          ...(before === undefined ? {} : { before }),
          ...(after === undefined ? {} : { after }),
        };
      }),
    );
    const check = checkContent(repo, join(repo, 'content'));
    const running = queue.running();
    const last = latest[0];
    sendHtml(
      response,
      200,
      homePage({
        person: person.name,
        changes: describeChanges(files),
        problems: check.problems,
        warnings: check.warnings,
        ...(last === undefined
          ? {}
          : { lastPublish: { name: last.name, date: last.date, message: last.message } }),
        ...(running === undefined
          ? {}
          : {
              busy: {
                kind: running.kind,
                by: running.by,
                since: running.startedAt ?? running.queuedAt,
              },
            }),
        ...(pushProblem === undefined ? {} : { pushProblem }),
        ...(siteUrl === undefined ? {} : { siteUrl }),
      }),
    );
  }

  function startJob(
    response: ServerResponse,
    kind: 'publish' | 'put back',
    person: Person,
    run: () => Promise<{ outcome: JobOutcome; failed: boolean }>,
  ): void {
    const job = queue.add(kind, person.name, async () => {
      const done = await run();
      if (done.outcome.kind === 'published') pushProblem = done.outcome.pushProblem;
      return done;
    });
    redirect(response, `/studio/jobs/${job.id}`);
  }

  async function publishRoute(request: IncomingMessage, response: ServerResponse, person: Person) {
    const message = (await readForm(request)).get('message')?.trim() ?? '';
    const problem = messageProblem(message);
    if (problem !== undefined) {
      sendHtml(
        response,
        400,
        page({
          title: 'Publish',
          person: person.name,
          body: `<h1>Publish</h1>\n<p class="notice bad" role="alert">${escape(problem)}</p>\n<p><a href="/studio/">Back to Publish</a></p>`,
        }),
      );
      return;
    }
    startJob(response, 'publish', person, () => publishNow(place, authorOf(person), message));
  }

  async function putBackRoute(request: IncomingMessage, response: ServerResponse, person: Person) {
    const commit = (await readForm(request)).get('commit') ?? '';
    const of = (await publishes(settings.repo)).find((publish) => publish.sha === commit);
    if (of === undefined) {
      sendHtml(
        response,
        404,
        page({
          title: 'History',
          person: person.name,
          body: '<h1>History</h1>\n<p class="notice bad" role="alert">That version is not in the history.</p>\n<p><a href="/studio/history">Back to the history</a></p>',
        }),
      );
      return;
    }
    startJob(response, 'put back', person, () => putBack(place, authorOf(person), of));
  }

  async function history(response: ServerResponse, person: Person): Promise<void> {
    const [all, live, saves] = await Promise.all([
      publishes(settings.repo, SHOWN_PUBLISHES + 1),
      liveCommit(settings.repo),
      savesByPublish(settings.repo),
    ]);
    const shown = all.slice(0, SHOWN_PUBLISHES);
    const words = await publishWords.of(shown, all);
    const dates = new Map(all.map((publish) => [publish.sha, publish.date]));
    sendHtml(
      response,
      200,
      historyPage({
        person: person.name,
        live,
        unpublished: saves.unpublished,
        publishes: shown.map((publish) => {
          const date = publish.putBackOf === undefined ? undefined : dates.get(publish.putBackOf);
          return {
            sha: publish.sha,
            name: publish.name,
            date: publish.date,
            message: publish.message,
            changes: words.get(publish.sha) ?? [],
            saves: saves.byPublish.get(publish.sha) ?? [],
            ...(publish.putBackOf === undefined
              ? {}
              : { putBackOf: { sha: publish.putBackOf, ...(date === undefined ? {} : { date }) } }),
          };
        }),
      }),
    );
  }

  async function saveRoute(response: ServerResponse, person: Person, url: URL, sha: string) {
    const file = url.searchParams.get('file') ?? '';
    const save = await saveAt(settings.repo, sha);
    const text =
      save === undefined || !TEXT_FILE.test(file) || !file.startsWith('content/')
        ? undefined
        : await fileAt(settings.repo, save.sha, file).catch(() => undefined);
    if (save === undefined || text === undefined) {
      return sendHtml(
        response,
        404,
        page({
          title: 'Not found',
          person: person.name,
          body: '<h1>Not found</h1>\n<p>That save or file is not in the history. <a href="/studio/history">See the history</a>.</p>',
        }),
      );
    }
    sendHtml(
      response,
      200,
      savePage({ person: person.name, by: save.name, date: save.date, file, text }),
    );
  }

  async function jobRoute(response: ServerResponse, person: Person, id: string): Promise<void> {
    const job = queue.job(id);
    if (job === undefined) {
      sendHtml(
        response,
        404,
        page({
          title: 'Not found',
          person: person.name,
          body: '<h1>Not found</h1>\n<p>That job has finished long ago or never was. <a href="/studio/history">See the history</a>.</p>',
        }),
      );
      return;
    }
    const siteUrl = await siteAddress(settings.repo);
    sendHtml(
      response,
      200,
      jobPage({
        person: person.name,
        job,
        ahead: queue.ahead(id),
        ...(siteUrl ? { siteUrl } : {}),
      }),
    );
  }

  async function previewRoute(
    request: IncomingMessage,
    response: ServerResponse,
    seen: GateRequest,
  ) {
    if (seen.method !== 'GET' && seen.method !== 'HEAD') {
      sendText(response, 405, 'The preview only shows pages.');
      return;
    }
    // A folder with or without its last slash, and its index.html or .html.br, are all a page.
    const name = seen.pathname.slice(seen.pathname.lastIndexOf('/') + 1);
    const isPage = !name.includes('.') || name.includes('.html');
    if (isPage) {
      const state = await preview.current();
      if (state.kind === 'mistakes') {
        response.statusCode = 503;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'",
        );
        response.end(problemPage(state.problems, undefined));
        return;
      }
      if (state.kind === 'failed') {
        sendHtml(
          response,
          500,
          page({
            title: 'Preview',
            body: `<h1>The preview could not be built</h1>\n<p>The content check found no mistakes, but the build stopped. Tell whoever looks after the studio. What the build printed:</p>\n<pre>${escape(state.output.trim())}</pre>\n<p><a href="/studio/">Back to the studio</a></p>`,
          }),
        );
        return;
      }
    }
    // The draft is served with the headers the public site's host sends, its policy included.
    for (const [name, value] of headersFor(preview.headerRules(), seen.pathname)) {
      if (name.toLowerCase() !== 'cache-control') response.setHeader(name, value);
    }
    const file = isPage ? pageFileOf(preview.folder, seen.pathname) : undefined;
    if (file !== undefined) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(withPreviewBar(await readFile(file, 'utf8')));
      return;
    }
    draftFiles(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      void readFile(join(preview.folder, '404.html'))
        .then((html) => response.end(html))
        .catch(() => response.end('Not found\n'));
    });
  }

  async function signedIn(
    request: IncomingMessage,
    response: ServerResponse,
    seen: GateRequest,
    person: Person,
    url: URL,
  ): Promise<void> {
    const { pathname } = seen;
    // HEAD is answered as GET; Node sends the headers without the body.
    const method = seen.method === 'HEAD' ? 'GET' : seen.method;
    if (isFormsPath(pathname)) {
      if (method === 'POST' && !(Number(request.headers['content-length']) <= MOST_SAVE_BYTES)) {
        response.setHeader('Connection', 'close');
        return sendText(response, 413, 'A save can be at most 30 MB: make the photo smaller.');
      }
      if (pathname === '/keystatic' || pathname.startsWith('/keystatic/')) {
        response.setHeader('Content-Security-Policy', FORMS_POLICY);
      }
      forms.handle(
        request,
        response,
        formsHooksFor({ repo: settings.repo, author: authorOf(person), guard, queue: work }),
      );
      return;
    }
    if (pathname === PREVIEW_BAR_STYLE_PATH && method === 'GET') {
      response.setHeader('Content-Type', 'text/css; charset=utf-8');
      response.end(PREVIEW_BAR_STYLE);
      return;
    }
    if (pathname === '/studio' && method === 'GET') return redirect(response, '/studio/');
    if (pathname === '/studio/' && method === 'GET') return home(response, person);
    if (pathname === '/studio/history' && method === 'GET') return history(response, person);
    if (pathname === '/studio/publish' && method === 'POST') {
      return publishRoute(request, response, person);
    }
    if (pathname === '/studio/put-back' && method === 'POST') {
      return putBackRoute(request, response, person);
    }
    if (pathname === '/studio/sign-out' && method === 'POST') {
      const { setCookie } = await accounts.signOut(webHeaders(request));
      return redirect(response, '/studio/sign-in', setCookie);
    }
    const save = /^\/studio\/saves\/([0-9a-f]{40})$/.exec(pathname);
    if (save?.[1] !== undefined && method === 'GET')
      return saveRoute(response, person, url, save[1]);
    const job = /^\/studio\/jobs\/(\d{1,12})$/.exec(pathname);
    if (job?.[1] !== undefined && method === 'GET') return jobRoute(response, person, job[1]);
    if (pathname.startsWith('/studio/')) return sendText(response, 404, 'Not found');
    return previewRoute(request, response, seen);
  }

  async function signInRoute(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (request.method === 'POST') {
      const form = await readForm(request);
      const username = (form.get('username') ?? '').trim();
      const result = await accounts.signIn(
        username,
        form.get('password') ?? '',
        webHeaders(request),
      );
      const next = safeNext(form.get('next'));
      if (result.ok) return redirect(response, next, result.setCookie);
      return sendHtml(response, 401, signInPage({ message: result.message, username, next }));
    }
    const session = await accounts.sessionOf(webHeaders(request));
    const next = safeNext(url.searchParams.get('next'));
    if (session !== undefined) return redirect(response, next);
    sendHtml(response, 200, signInPage({ next }));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    studioHeaders(response);
    if (!METHODS.has((request.method ?? '').toUpperCase())) {
      response.setHeader('Allow', [...METHODS].join(', '));
      return sendText(response, 405, 'The studio answers GET, HEAD and POST only.');
    }
    const url = new URL(request.url ?? '/', settings.origin);
    const seen: GateRequest = {
      method: (request.method ?? 'GET').toUpperCase(),
      pathname: url.pathname,
      headers: request.headers,
    };
    const decision = gate(seen, settings.origin);
    if (decision.kind === 'refuse') return sendText(response, decision.status, decision.reason);
    if (seen.pathname === STUDIO_STYLE_PATH) {
      response.setHeader('Content-Type', 'text/css; charset=utf-8');
      response.end(STUDIO_STYLE);
      return;
    }
    if (seen.pathname === '/studio/sign-in') return signInRoute(request, response, url);
    const session = await accounts.sessionOf(webHeaders(request));
    if (session === undefined) {
      if (wantsPage(seen)) {
        const next = `${url.pathname}${url.search}`;
        return redirect(response, `/studio/sign-in?next=${encodeURIComponent(next)}`);
      }
      response.setHeader('WWW-Authenticate', 'Cookie realm="studio"');
      return sendText(response, 401, 'Sign in to the studio first.');
    }
    return signedIn(request, response, seen, session.person, url);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof FormTooLarge && !response.headersSent) {
        response.setHeader('Connection', 'close');
        return sendText(response, 413, 'The form sent more than the studio takes.');
      }
      console.error(error);
      if (response.headersSent) response.destroy();
      else sendText(response, 500, 'The studio met an error it did not expect. Try again.');
    });
  });
  return { server, queue, preview };
}
