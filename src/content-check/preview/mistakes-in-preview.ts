/**
 * How `npm run dev` shows an editor's content mistakes, start to finish. When the preview starts,
 * the content check runs first (`../integration.ts`). With mistakes, Astro cannot start, so
 * `holdUntilFixed` serves the mistakes on the preview's own port instead (`wait-for-fix.ts`: a
 * small HTTP server whose page asks every second whether the mistakes have changed), checks again
 * each time a file in `content/` settles after a save, and frees the port once none are left; Astro
 * then starts on it and the open page reloads into the real preview. While the preview runs,
 * `checkOnEverySave` checks again when a save settles; as long as there are mistakes every page is
 * replaced by them (`show-problems.ts`, with the page from `problem-page.ts`), and open pages
 * reload whenever the list changes. A page asked for just after a save waits for that save's check,
 * so it is never built from the content as it was before the mistake.
 */
import { watch } from 'node:fs';
import { sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { ContentProblem } from '../problem.ts';
import { reloadPages, showProblemsInPreview } from './show-problems.ts';
import { waitForFix, type WaitOptions } from './wait-for-fix.ts';

/** A save can arrive as several file events, the first on a half-written file; check once they settle. */
export const SAVE_SETTLES_MS = 100;

/** Shows the mistakes on the preview's port until a check finds none, then frees the port. */
export function holdUntilFixed({
  contentDir,
  ...options
}: Omit<WaitOptions, 'onChange'> & { contentDir: string }): Promise<void> {
  return waitForFix({
    ...options,
    onChange: (changed) => {
      const watcher = watch(contentDir, { recursive: true }, changed);
      return () => watcher.close();
    },
  });
}

export interface SaveCheckOptions {
  contentDir: string;
  /** Checks the content again, reports what it found, and returns the mistakes. */
  check: () => readonly ContentProblem[];
  /** The mistakes found when the preview started. */
  problems: readonly ContentProblem[];
  /** Has Astro read the content files again. */
  refreshContent: (() => Promise<void>) | undefined;
  /** Says in the terminal that the last mistake is fixed. */
  fixed: () => void;
}

/** Checks the content after each save while the preview runs, and shows any mistakes in place of pages. */
export function checkOnEverySave(
  server: Pick<ViteDevServer, 'watcher' | 'middlewares' | 'config' | 'environments'>,
  options: SaveCheckOptions,
) {
  let problems = options.problems;
  // Settles when the content has been checked since its last change.
  let checked = Promise.resolve();
  let settle = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  showProblemsInPreview(server, async () => {
    await checked;
    return problems;
  });
  const recheck = async () => {
    // The pages asked for since this save wait for this check, not a later one.
    const done = settle;
    const before = problems;
    problems = options.check();
    try {
      if (problems.length === 0) {
        if (before.length > 0) options.fixed();
        // Astro's own watcher reads a file at its first change event, which can come before
        // a save has finished, and it keeps the content from before a mistake. Reading it
        // all again once the save has settled keeps the pages in step with the files.
        await options.refreshContent?.();
      }
    } finally {
      done();
    }
    if (JSON.stringify(before) !== JSON.stringify(problems)) reloadPages(server);
  };
  server.watcher.on('all', (_event: string, path: string) => {
    if (!path.startsWith(`${options.contentDir}${sep}`)) return;
    if (timer === undefined) checked = new Promise((resolve) => (settle = resolve));
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void recheck();
    }, SAVE_SETTLES_MS);
  });
}
