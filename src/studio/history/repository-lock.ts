import { resolve } from 'node:path';

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once every earlier piece of work on the same repository has finished. Saves and
 * publishes both write git's index, and git refuses a second writer rather than waiting for it.
 */
export function oneAtATime<T>(repo: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(repo);
  const before = queues.get(key) ?? Promise.resolve();
  const done = before.then(work);
  const settled = done.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return done;
}
