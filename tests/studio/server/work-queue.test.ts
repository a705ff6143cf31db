import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../src/studio/server/work-queue.ts';

/** A promise the test resolves when it chooses, to hold a job in the middle of its work. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('the studio work queue', () => {
  it('runs one job at a time, in the order they came', async () => {
    const queue = new WorkQueue<string>();
    const order: string[] = [];
    const first = gate();
    const a = queue.run(async () => {
      order.push('a starts');
      await first.opened;
      order.push('a ends');
    });
    const b = queue.run(async () => {
      order.push('b runs');
    });
    await Promise.resolve();
    expect(order).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('goes on after a job that fails, and gives that job its error', async () => {
    const queue = new WorkQueue<string>();
    const failing = queue.run(() => Promise.reject(new Error('build broke')));
    const next = queue.run(async () => 'next ran');
    await expect(failing).rejects.toThrow('build broke');
    await expect(next).resolves.toBe('next ran');
  });

  it('says which jobs wait ahead of a publish, and how each ended', async () => {
    const queue = new WorkQueue<string>({ now: () => new Date('2026-12-02T10:00:00Z') });
    const hold = gate();
    const first = queue.add('publish', 'Sam Taylor', async () => {
      await hold.opened;
      return { outcome: 'live', failed: false };
    });
    const second = queue.add('publish', 'Karen Evans', async () => ({
      outcome: 'mistakes',
      failed: true,
    }));
    await expect.poll(() => first.state).toBe('running');
    expect(second.state).toBe('waiting');
    expect(queue.ahead(second.id).map((job) => job.by)).toEqual(['Sam Taylor']);
    expect(queue.running()?.id).toBe(first.id);
    hold.open();
    await queue.idle();
    expect([first.state, first.outcome]).toEqual(['done', 'live']);
    expect([second.state, second.outcome]).toEqual(['failed', 'mistakes']);
    expect(queue.ahead(second.id)).toEqual([]);
  });

  it('marks a job whose work throws as failed, with no outcome', async () => {
    const queue = new WorkQueue<string>();
    const job = queue.add('put back', 'Sam Taylor', () => Promise.reject(new Error('git broke')));
    await queue.idle();
    expect(job.state).toBe('failed');
    expect(job.outcome).toBeUndefined();
  });

  it('keeps the pages of only the newest finished jobs', async () => {
    const queue = new WorkQueue<number>({ kept: 2 });
    const jobs = [1, 2, 3, 4].map((n) =>
      queue.add('publish', 'Sam Taylor', async () => ({ outcome: n, failed: false })),
    );
    await queue.idle();
    queue.add('publish', 'Sam Taylor', async () => ({ outcome: 5, failed: false }));
    await queue.idle();
    expect(jobs.map((job) => queue.job(job.id) !== undefined)).toEqual([false, false, true, true]);
  });
});
