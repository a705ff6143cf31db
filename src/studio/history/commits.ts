import { authorEnvironment, authorFromCommit, type Author } from './author.ts';
import { contentPath } from './content-paths.ts';
import { runGit, zeroSeparated } from './git-command.ts';
import { commitMessage } from './messages.ts';
import { oneAtATime } from './repository-lock.ts';

/** Who last committed a change to a file, and in which commit. */
export interface LastChange extends Author {
  date: Date;
  sha: string;
}

/**
 * Of `paths`, those git can stage (on disk and not ignored, or still in the index, so deleted) and
 * those it can commit (those, and any in the last commit whose deletion is already staged).
 */
async function recordable(repo: string, paths: readonly string[]) {
  const [known, inHead] = await Promise.all([
    runGit(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths]),
    runGit(repo, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', ...paths]),
  ]);
  const staged = new Set(zeroSeparated(known.stdout));
  const committed = new Set([...staged, ...zeroSeparated(inHead.stdout)]);
  return {
    toStage: paths.filter((path) => staged.has(path)),
    toCommit: paths.filter((path) => committed.has(path)),
  };
}

/**
 * Commits exactly these files under content/ (added, changed or deleted) as a save by `author`,
 * leaving anything else in the index out of the commit. Resolves with the new commit's id, or
 * undefined when none of them differs from the last commit.
 */
export async function commitSave(
  repo: string,
  author: Author,
  paths: readonly string[],
  message: string,
): Promise<string | undefined> {
  const env = authorEnvironment(author);
  const checked = [...new Set(paths.map(contentPath))];
  if (checked.length === 0) return undefined;
  return oneAtATime(repo, async () => {
    const { toStage, toCommit: files } = await recordable(repo, checked);
    if (files.length === 0) return undefined;
    if (toStage.length > 0) await runGit(repo, ['add', '--all', '--', ...toStage]);
    const same = await runGit(repo, ['diff', '--cached', '--quiet', 'HEAD', '--', ...files], {
      okExitCodes: [1],
    });
    if (same.exitCode === 0) return undefined;
    const text = commitMessage(message, `Saved ${files.join(', ')}`);
    await runGit(
      repo,
      ['commit', '--quiet', '--cleanup=whitespace', '-m', text, '--only', '--', ...files],
      { env },
    );
    return (await runGit(repo, ['rev-parse', 'HEAD'])).stdout.trim();
  });
}

/** Who last committed a change to the file at `path`, or undefined when no commit has touched it. */
export async function lastChangeOf(repo: string, path: string): Promise<LastChange | undefined> {
  const { stdout } = await runGit(repo, [
    'log',
    '-1',
    '-z',
    '--format=%H%x00%an%x00%ae%x00%aI',
    '--',
    contentPath(path),
  ]);
  const [sha, name, email, date] = zeroSeparated(stdout);
  if (!sha || name === undefined || email === undefined || !date) return undefined;
  return { ...authorFromCommit(name, email), date: new Date(date), sha };
}
