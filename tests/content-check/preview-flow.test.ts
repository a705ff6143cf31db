import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkOnEverySave, SAVE_SETTLES_MS } from '~/content-check/preview/mistakes-in-preview';
import { SAVE_SETTLES_BEFORE_START_MS, waitForFix } from '~/content-check/preview/wait-for-fix';
import type { ContentProblem } from '~/content-check/problem';

const CONTENT = join('/', 'site', 'content');
const MISTAKE: ContentProblem = {
  file: 'content/site.yaml',
  field: 'name',
  message: 'The clinic name is missing. For example: name: The Skin Clinic',
};

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The parts of Vite's dev server the flow uses: its file watcher, middleware and reload channel. */
function devServer() {
  const watcher = new EventEmitter();
  const middlewares: Middleware[] = [];
  const reloads: unknown[] = [];
  const server = {
    watcher,
    middlewares: { use: (middleware: Middleware) => middlewares.push(middleware) },
    config: { base: '/' },
    environments: { client: { hot: { send: (message: unknown) => reloads.push(message) } } },
  };
  /** Asks for a page as a browser does; settles with the status, or 'passed on' to Astro. */
  const openPage = (url: string) =>
    new Promise<number | 'passed on'>((resolve) => {
      const response = {
        statusCode: 200,
        setHeader: () => {},
        end: () => resolve(response.statusCode),
      };
      void middlewares[0]?.(
        { method: 'GET', url, headers: { accept: 'text/html' } } as unknown as IncomingMessage,
        response as unknown as ServerResponse,
        () => resolve('passed on'),
      );
    });
  return {
    server: server as unknown as Parameters<typeof checkOnEverySave>[0],
    watcher,
    reloads,
    openPage,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the preview, while it runs, after a save', () => {
  it('checks once the save has settled, and a page asked for meanwhile waits for that check', async () => {
    const { server, watcher, reloads, openPage } = devServer();
    let found: ContentProblem[] = [];
    const check = vi.fn(() => found);
    checkOnEverySave(server, {
      contentDir: CONTENT,
      problems: [],
      check,
      refreshContent: undefined,
      fixed: () => {},
    });
    expect(await openPage('/')).toBe('passed on');

    found = [MISTAKE];
    // One save, as several events.
    for (let i = 0; i < 3; i++) {
      watcher.emit('all', 'change', join(CONTENT, 'site.yaml'));
      await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS - 1);
    }
    let shown: number | 'passed on' | undefined;
    void openPage('/treatments/').then((status) => (shown = status));
    await vi.advanceTimersByTimeAsync(0);
    expect(check).not.toHaveBeenCalled();
    expect(shown).toBeUndefined();

    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(shown).toBe(503);
    expect(reloads).toEqual([{ type: 'full-reload', path: '*' }]);
  });

  it('says when the last mistake is fixed, reads the content again, and shows pages again', async () => {
    const { server, watcher, reloads, openPage } = devServer();
    const said: string[] = [];
    const refreshContent = vi.fn(() => Promise.resolve());
    checkOnEverySave(server, {
      contentDir: CONTENT,
      problems: [MISTAKE],
      check: () => [],
      refreshContent,
      fixed: () => said.push('fixed'),
    });
    expect(await openPage('/')).toBe(503);
    watcher.emit('all', 'change', join(CONTENT, 'site.yaml'));
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS);
    expect(said).toEqual(['fixed']);
    expect(refreshContent).toHaveBeenCalledTimes(1);
    expect(reloads).toHaveLength(1);
    expect(await openPage('/')).toBe('passed on');
  });

  it('leaves changes outside the content folder alone', async () => {
    const { server, watcher } = devServer();
    const check = vi.fn(() => []);
    checkOnEverySave(server, {
      contentDir: CONTENT,
      problems: [],
      check,
      refreshContent: undefined,
      fixed: () => {},
    });
    watcher.emit('all', 'change', join('/', 'site', 'src', 'pages', 'index.astro'));
    watcher.emit('all', 'change', `${CONTENT}-old${join('/', 'site.yaml')}`);
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS * 10);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('the holding page, before the preview can start', () => {
  it('checks again once a save settles and frees the port only when no mistake is left', async () => {
    let changed = () => {};
    let watching = false;
    const answers = [[MISTAKE], []];
    const check = vi.fn(() => answers.shift() ?? []);
    let freed = false;
    void waitForFix({
      host: '127.0.0.1',
      port: 0,
      problems: [MISTAKE],
      check,
      onChange: (callback) => {
        changed = callback;
        watching = true;
        return () => (watching = false);
      },
    }).then(() => (freed = true));

    changed();
    changed();
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_BEFORE_START_MS - 1);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(watching).toBe(true);

    changed();
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_BEFORE_START_MS);
    expect(check).toHaveBeenCalledTimes(2);
    expect(watching).toBe(false);
    await vi.waitFor(() => expect(freed).toBe(true));
  });
});
