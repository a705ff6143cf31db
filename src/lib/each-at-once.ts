/**
 * Runs `work` on every item, at most `atOnce` at a time, each run taking the next item when it
 * ends: for work that waits on threads or a process of its own (zlib, the card renderer), so a few
 * at once keep every core busy. It rejects with the first error, and no item is started after it.
 */
export async function eachAtOnce<T>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const run = async () => {
    while (!failed && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, run));
}
