import { rename } from 'node:fs/promises';

/**
 * Writes `path` under a temporary name beside it and then renames it, so a reader finds the whole
 * file or none, even when the writer is stopped halfway. The build's caches need this: they trust a
 * file by its name, and half a card or half a compressed copy would be published as it is.
 */
export async function writeWhole(
  path: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await write(partial);
  await rename(partial, path);
}
