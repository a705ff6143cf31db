import { runGit } from './git-command.ts';

/**
 * A commit id as the studio's pages send it back: hex only, so it can never be read as an option
 * or as a name such as `HEAD~3`.
 */
export function commitId(sha: string): string {
  if (!/^[0-9a-f]{4,64}$/i.test(sha)) throw new Error(`"${sha}" is not a commit id.`);
  return sha.toLowerCase();
}

/** The full id of the commit that `sha` names, or undefined when the repository has no such commit. */
export async function resolveCommit(repo: string, sha: string): Promise<string | undefined> {
  const { stdout, exitCode } = await runGit(
    repo,
    ['rev-parse', '--verify', '--quiet', `${commitId(sha)}^{commit}`],
    { okExitCodes: [1] },
  );
  return exitCode === 0 ? stdout.trim() : undefined;
}

/** The id a ref points to, or undefined when there is no such ref. */
export async function refTarget(repo: string, ref: string): Promise<string | undefined> {
  const { stdout, exitCode } = await runGit(
    repo,
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    { okExitCodes: [1] },
  );
  return exitCode === 0 ? stdout.trim() : undefined;
}

/** The repository's first commit: where the history of publishes starts. */
export async function firstCommit(repo: string): Promise<string> {
  const { stdout } = await runGit(repo, ['rev-list', '--max-parents=0', 'HEAD']);
  const roots = stdout.trim().split('\n');
  const first = roots.at(-1);
  if (!first) throw new Error('The repository has no commits yet.');
  return first;
}
