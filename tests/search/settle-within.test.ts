import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_CALL_LIMIT_MS, settleWithin } from '~/search/settle-within';

describe('a call to Pagefind with a time limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers as the call does, and leaves no timer behind', async () => {
    await expect(settleWithin(Promise.resolve('indexed'), 'writing')).resolves.toBe('indexed');
    await expect(settleWithin(Promise.reject(new Error('no disk')), 'writing')).rejects.toThrow(
      'no disk',
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops a call that never settles once the limit has passed, and not before', async () => {
    let failed: Error | undefined;
    const never = new Promise<never>(() => {});
    void settleWithin(never, 'writing the search index').catch((error: Error) => (failed = error));
    await vi.advanceTimersByTimeAsync(SEARCH_CALL_LIMIT_MS - 1);
    expect(failed).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(failed?.message).toMatch(
      /^Pagefind had not finished writing the search index after 5 minutes/,
    );
  });
});
