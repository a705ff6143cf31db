import type { Author } from './author.ts';
import { CONTENT } from './content-paths.ts';
import { runGit } from './git-command.ts';
import { PUT_BACK_TRAILER } from './messages.ts';
import { commitPublish, publishCommit, type Publish } from './publishes.ts';
import { oneAtATime } from './repository-lock.ts';

// The clinic's own zone (content/site.yaml), so a late-evening publish is dated as the clinic saw it.
const publishedOn = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * Makes content/ in the working tree and the index exactly what it was at the publish `sha`:
 * files that were not there then are deleted, untracked ones too, since they would otherwise be
 * published with it. Throws for a commit that is not a publish.
 */
export async function restoreContent(repo: string, sha: string): Promise<void> {
  const full = await publishCommit(repo, sha);
  await oneAtATime(repo, async () => {
    await runGit(repo, ['restore', `--source=${full}`, '--staged', '--worktree', '--', CONTENT]);
    await runGit(repo, ['clean', '--force', '-d', '--quiet', '--', CONTENT]);
  });
}

/**
 * Makes content/ what the last commit holds again, for a put-back whose check or build failed:
 * the working copy goes back to what was live, and nothing of the attempt is left to be published.
 */
export async function discardContentChanges(repo: string): Promise<void> {
  await oneAtATime(repo, async () => {
    await runGit(repo, ['restore', '--source=HEAD', '--staged', '--worktree', '--', CONTENT]);
    await runGit(repo, ['clean', '--force', '-d', '--quiet', '--', CONTENT]);
  });
}

/** The message of a put back: "Put back the version published on 3 December 2026 by Sam Taylor". */
export function putBackMessage(of: Publish): string {
  return `Put back the version published on ${publishedOn.format(of.date)} by ${of.name}`;
}

/**
 * Records content/, as `restoreContent` left it, as a publish by `author` that puts back `of`, and
 * moves the live ref to it. Resolves with the commit's id.
 */
export async function recordPutBack(repo: string, author: Author, of: Publish): Promise<string> {
  const full = await publishCommit(repo, of.sha);
  return commitPublish(repo, author, putBackMessage(of), { [PUT_BACK_TRAILER]: full });
}
