/**
 * The order Vitest takes test files in. Its own sequencer runs one project's files after another's,
 * by name, so two browser files or two builds run together while a whole core waits for them. This
 * one keeps its order inside each project (a file that failed last time first, then the longest
 * first) and takes the projects of a group in turn, so a browser file runs beside a build or a pure
 * file rather than beside another browser file. Groups (`sequence.groupOrder`) still run one after
 * another.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Each list's first item, then each list's second, and so on. */
export function inTurn<T>(lists: T[][]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    lists.flatMap((list) => (index < list.length ? [list[index] as T] : [])),
  ).flat();
}

/** `items` in lists by `key`, each keeping their order, the lists in the order their keys first come. */
export function groupedBy<T, K>(items: T[], key: (item: T) => K): T[][] {
  const lists = new Map<K, T[]>();
  for (const item of items) {
    const list = lists.get(key(item)) ?? [];
    list.push(item);
    lists.set(key(item), list);
  }
  return [...lists.values()];
}

export default class FilesInterleaved extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return groupedBy(sorted, (file) => file.project.config.sequence.groupOrder).flatMap((group) =>
      inTurn(groupedBy(group, (file) => file.project.name)),
    );
  }
}
