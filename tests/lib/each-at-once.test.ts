import { describe, expect, it } from 'vitest';
import { eachAtOnce } from '~/lib/each-at-once';

/** Work whose runs end only when the test lets them, to see how many run at once. */
function heldWork() {
  const running: { item: number; end: (error?: Error) => void }[] = [];
  const started: number[] = [];
  const work = (item: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      running.push({ item, end: (error) => (error ? reject(error) : resolve()) });
    });
  /** Lets the oldest running item end, then lets the next ones start. */
  const endOne = async (error?: Error) => {
    running.shift()?.end(error);
    await new Promise((settled) => setImmediate(settled));
  };
  return { work, started, running, endOne };
}

describe('running work a few at a time', () => {
  it('runs every item once, in order, never more than the number asked for at once', async () => {
    const { work, started, running, endOne } = heldWork();
    const done = eachAtOnce([1, 2, 3, 4, 5], 2, work);
    await new Promise((settled) => setImmediate(settled));
    expect(started).toEqual([1, 2]);
    while (running.length > 0) {
      expect(running.length).toBeLessThanOrEqual(2);
      await endOne();
    }
    await done;
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const { work, started, endOne } = heldWork();
    const done = eachAtOnce([1, 2, 3, 4, 5], 2, work);
    const outcome = done.catch((error: Error) => error.message);
    await new Promise((settled) => setImmediate(settled));
    await endOne(new Error('item 1 failed'));
    await endOne();
    expect(await outcome).toBe('item 1 failed');
    expect(started).toEqual([1, 2]);
  });

  it('settles at once with nothing to do', async () => {
    await expect(eachAtOnce([], 2, () => Promise.reject(new Error('no item')))).resolves.toBe(
      undefined,
    );
  });
});
