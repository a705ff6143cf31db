import { contentPath } from './content-paths.ts';
import { runGit, zeroSeparated } from './git-command.ts';
import { commitId } from './revisions.ts';

/** The text of the file at `path` in commit `sha`, or undefined when it was not there. */
export async function fileAt(repo: string, sha: string, path: string): Promise<string | undefined> {
  const commit = commitId(sha);
  const { stdout } = await runGit(repo, ['ls-tree', '-z', commit, '--', contentPath(path)]);
  // "<mode> <type> <id>\t<path>": a folder of that name is not a file.
  const entry = zeroSeparated(stdout).find((line) => line.endsWith(`\t${path}`));
  const [, type, id] = entry?.split(/[ \t]/) ?? [];
  if (type !== 'blob' || !id) return undefined;
  return (await runGit(repo, ['cat-file', 'blob', id])).stdout;
}
