import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormsHooks } from '../forms/forms-hooks.ts';
import { authorEnvironment } from '../history/author.ts';
import { commitSave, isContentPath, lastChangeOf, type Author } from '../history/index.ts';
import { blobSha, overwriteRefusal, type SaveGuard, type TreeEntry } from './save-guard.ts';
import type { WorkQueue } from './work-queue.ts';

async function versionsOnDisk(
  repo: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  const versions = new Map<string, string | undefined>();
  for (const path of paths) {
    try {
      versions.set(path, blobSha(await readFile(join(repo, path))));
    } catch {
      versions.set(path, undefined);
    }
  }
  return versions;
}

/**
 * The studio's part in each of a person's reads and saves in the forms. The forms see only the
 * content folder. A save runs in the queue, so it never lands in the middle of a publish; it is
 * refused when someone else changed one of its files since this person's forms loaded it, and
 * once written it is a commit with its author, so every save can be found in the history.
 */
export function formsHooksFor(options: {
  repo: string;
  author: Author;
  guard: SaveGuard;
  queue: WorkQueue<unknown>;
}): FormsHooks {
  const { repo, author, guard, queue } = options;
  return {
    tree(entries: TreeEntry[]) {
      const kept = entries.filter((entry) => isContentPath(entry.path));
      guard.sawTree(author.username, kept);
      return kept;
    },
    save(paths, write) {
      return queue.run(async () => {
        if (!paths.every(isContentPath)) return new Response('Bad data', { status: 400 });
        // Throws for a name git cannot record, before anything is written that the history would miss.
        authorEnvironment(author);
        const changed = guard.changedSinceSeen(author.username, await versionsOnDisk(repo, paths));
        const first = changed[0];
        if (first !== undefined) {
          const last = await lastChangeOf(repo, first);
          return new Response(overwriteRefusal(first, last), {
            status: 409,
            headers: { 'Content-Type': 'text/plain; charset=utf-8' },
          });
        }
        const response = await write();
        if (!response.ok) return response;
        guard.saved(author.username, await versionsOnDisk(repo, paths));
        await commitSave(repo, author, paths, `Saved in the forms: ${paths.join(', ')}`);
        // Keystatic answers a save with the list of every file in the working copy, as its tree does.
        const entries = (await response.json()) as TreeEntry[];
        return Response.json(
          entries.filter((entry) => isContentPath(entry.path)),
          { headers: { 'Cache-Control': 'no-store' } },
        );
      });
    },
  };
}
