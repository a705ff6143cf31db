/**
 * In `npm run dev`, every page is replaced by the list of content mistakes while there are any, so an
 * editor sees them where they are looking, and never a page built from the content as it was before
 * the mistake; warnings about the words show as a notice on top of each page. The browser is told
 * to reload when the list changes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import type { ContentProblem } from '../problem.ts';
import { problemPage } from './problem-page.ts';
import { addNoticeTo, warningNotice } from './warning-notice.ts';

// The preview's own files, and the editor's forms, which must stay open to fix the mistake.
const NOT_A_PAGE = /^\/(@|_astro\/|node_modules\/|src\/|keystatic(\/|$)|api\/keystatic\/)/;
// A module the preview's own screens load, such as the forms' /keystatic.config.ts.
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|css|astro|mdx?|map|wasm)(?:\?|$)/;

/** Whether a request is a browser opening a page, not a script, image or style loading. */
const opensPage = (request: IncomingMessage) =>
  (request.headers.accept ?? '').includes('text/html');

/**
 * Whether the site's pages would answer it. Any of them, asked for while the content has a mistake,
 * would fail on the content, and the preview would send that failure to every open tab as a
 * developer's error screen, over the forms too: a browser asking for /favicon.ico is enough.
 */
const reachesPages = (request: IncomingMessage) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !NOT_A_PAGE.test(request.url ?? '/') &&
  (opensPage(request) || !SOURCE_FILE.test(request.url ?? '/'));

export interface Findings {
  problems: readonly ContentProblem[];
  /** Warnings about the words, shown as a notice on top of each page. */
  wordWarnings: readonly ContentProblem[];
}

/**
 * Serves the mistakes in place of pages while there are any, and otherwise the pages with a notice
 * of the warnings about their words. `findings()` resolves once a check of the latest save is done,
 * so a page asked for just after a save is never the page from before it.
 */
export function showProblemsInPreview(
  server: Pick<ViteDevServer, 'middlewares' | 'config'>,
  findings: () => Promise<Findings>,
) {
  const reloadScript = `${server.config.base.replace(/\/$/, '')}/@vite/client`;
  server.middlewares.use(
    async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
      if (!reachesPages(request)) return next();
      const { problems: current, wordWarnings } = await findings();
      if (current.length === 0) {
        if (opensPage(request)) addNoticeTo(response, warningNotice(wordWarnings));
        return next();
      }
      // 503: the preview is working, but cannot show this page until the content is fixed.
      response.statusCode = 503;
      response.setHeader('Cache-Control', 'no-store');
      if (!opensPage(request)) {
        response.end();
        return;
      }
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(problemPage(current, reloadScript));
    },
  );
}

/** Tells every open page to reload, to show the mistakes or the page they were hiding. */
export const reloadPages = (server: Pick<ViteDevServer, 'environments'>) =>
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
