/**
 * Astro cannot start its preview on content it refuses, so `npm run dev` started on content with a
 * mistake serves the mistakes on the preview's own address instead, and starts the real preview once
 * they are fixed. The open page notices the real preview and reloads into it.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { ContentProblem } from '../problem.ts';
import { problemPage } from './problem-page.ts';

const SCRIPT = '/__content-check/wait.js';
const HEADER = 'x-content-mistakes';

// Asks for the page every second; any other answer than the same mistakes means there is news.
const POLL = `const mine = new URL(import.meta.url).searchParams.get('v');
setInterval(async () => {
  try {
    const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    if (response.headers.get('${HEADER}') !== mine) location.reload();
  } catch {
    // The real preview is starting; ask again.
  }
}, 1000);
`;

/** Before the preview starts nothing else reads the files, so the holding page waits a little longer. */
export const SAVE_SETTLES_BEFORE_START_MS = 200;

const fingerprint = (problems: readonly ContentProblem[]) =>
  createHash('sha256').update(JSON.stringify(problems)).digest('hex').slice(0, 16);

export interface WaitOptions {
  /** Where the preview will listen, as Astro's `server` setting gives it. */
  host: string | boolean;
  port: number;
  /** Calls `changed` on each change to a content file, until the returned function is called. */
  onChange: (changed: () => void) => () => void;
  /** Checks the content again and returns the mistakes left. */
  check: () => readonly ContentProblem[];
  problems: readonly ContentProblem[];
}

/** Shows the mistakes on the preview's address until a check finds none, then frees the address. */
export function waitForFix(options: WaitOptions): Promise<void> {
  let problems = options.problems;
  const server = createServer((request, response) => {
    const print = fingerprint(problems);
    if (request.url?.startsWith(SCRIPT)) {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(POLL);
      return;
    }
    response.statusCode = 503;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader(HEADER, print);
    response.end(
      request.method === 'HEAD' ? undefined : problemPage(problems, `${SCRIPT}?v=${print}`),
    );
  });
  const host =
    options.host === false ? 'localhost' : options.host === true ? undefined : options.host;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const stopWatching = options.onChange(() => {
      clearTimeout(timer);
      // An editor's save can arrive as several events; check once they settle.
      timer = setTimeout(() => {
        problems = options.check();
        if (problems.length > 0) return;
        stopWatching();
        server.close(() => resolve());
        server.closeAllConnections();
      }, SAVE_SETTLES_BEFORE_START_MS);
    });
    server.once('error', reject);
    server.listen(options.port, host);
  });
}
