import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { CONTENT } from './content-paths.ts';
import { runGit, zeroSeparated } from './git-command.ts';
import { liveCommit } from './publishes.ts';

/** A file under content/ that is not as it was at the last publish. */
export interface ContentChange {
  path: string;
  change: 'added' | 'changed' | 'removed';
}

const CHANGE_OF_STATUS: Readonly<Record<string, ContentChange['change']>> = {
  A: 'added',
  D: 'removed',
  M: 'changed',
  T: 'changed',
};

/** Runs `work` with a copy of the repository's index, so staging there leaves the real one alone. */
async function withScratchIndex<T>(repo: string, work: (index: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'studio-index-'));
  try {
    const index = join(folder, 'index');
    const real = (await runGit(repo, ['rev-parse', '--git-path', 'index'])).stdout.trim();
    // The copy keeps git's record of file times, so unchanged files are not read again.
    await copyFile(isAbsolute(real) ? real : join(repo, real), index).catch(() => undefined);
    return await work(index);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The files under content/ that differ between the last publish and the working tree, saved or
 * not, untracked files included (ignored ones are not). Before the first publish nothing is live,
 * so every file in content/ counts as added.
 */
export async function changedSinceLive(repo: string): Promise<ContentChange[]> {
  const live = await liveCommit(repo);
  return withScratchIndex(repo, async (index) => {
    const env = { GIT_INDEX_FILE: index };
    await runGit(repo, ['add', '--all', '--', CONTENT], { env });
    if (!live) {
      const { stdout } = await runGit(repo, ['ls-files', '-z', '--', CONTENT], { env });
      return zeroSeparated(stdout).map((path) => ({ path, change: 'added' as const }));
    }
    const { stdout } = await runGit(
      repo,
      ['diff-index', '--cached', '--no-renames', '--name-status', '-z', live, '--', CONTENT],
      { env },
    );
    const fields = zeroSeparated(stdout);
    const changes: ContentChange[] = [];
    for (let at = 0; at + 1 < fields.length; at += 2) {
      const change = CHANGE_OF_STATUS[fields[at] ?? ''];
      const path = fields[at + 1];
      if (change && path) changes.push({ path, change });
    }
    return changes;
  });
}
