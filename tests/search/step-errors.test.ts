import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import pagefind from '~/search/pagefind-integration';

// Pagefind's own failures are hard to bring about for real: when its binary cannot write the
// index, it panics and the promise never settles. Here it reports an error as it
// does for a page it cannot read.
vi.mock('pagefind', () => ({
  createIndex: () =>
    Promise.resolve({
      errors: [],
      index: {
        addDirectory: () =>
          Promise.resolve({ errors: ['Failed to parse treatments/index.html'], page_count: 0 }),
        writeFiles: () => Promise.resolve({ errors: [], outputPath: '' }),
      },
    }),
  close: () => Promise.resolve(),
}));

type Hook = (options: unknown) => Promise<void>;

describe('search, when Pagefind reports an error', () => {
  it('stops the build with one block naming the step and the pages it read', async () => {
    const done = pagefind().hooks['astro:build:done'] as Hook;
    const failure = await done({ dir: pathToFileURL('/nowhere/'), logger: { info: () => {} } })
      .then(() => undefined)
      .catch((error: Error) => error);
    expect(failure?.message).toMatch(
      /^index\.html, treatments\/ and practitioners\/ \(the pages search reads\)\n {2}Step: +search\n {2}Problem: +Failed to parse treatments\/index\.html\n/,
    );
    expect(failure?.stack).toBe('');
  });
});
