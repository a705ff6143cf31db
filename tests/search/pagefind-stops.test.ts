import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import pagefind from '~/search/pagefind-integration';
import { SEARCH_CALL_LIMIT_MS } from '~/search/settle-within';

// As Pagefind behaves when its binary stops while writing: the promise never settles, and closing
// the service is what ends it.
vi.mock('pagefind', () => ({
  createIndex: () =>
    Promise.resolve({
      errors: [],
      index: {
        addDirectory: () => Promise.resolve({ errors: [], page_count: 12 }),
        writeFiles: () => new Promise(() => {}),
      },
    }),
  close: () => Promise.resolve(),
}));

type Hook = (options: unknown) => Promise<void>;

afterEach(() => {
  vi.useRealTimers();
});

describe('search, when Pagefind stops without answering', () => {
  it('stops the build with a block once the time limit has passed, instead of waiting for ever', async () => {
    vi.useFakeTimers();
    const done = pagefind().hooks['astro:build:done'] as Hook;
    let failure: Error | undefined;
    void done({ dir: pathToFileURL('/nowhere/'), logger: { info: () => {} } }).catch(
      (error: Error) => (failure = error),
    );
    await vi.advanceTimersByTimeAsync(SEARCH_CALL_LIMIT_MS);
    expect(failure?.message).toMatch(
      /^pagefind\/\n {2}Step: +search\n {2}Problem: +Pagefind had not finished writing the search index/,
    );
  });
});
