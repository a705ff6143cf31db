import { GitError, runGit } from './git-command.ts';
import { LIVE_REF } from './publishes.ts';

/** How a push went: a failed push is an answer to show, not an error. */
export type PushResult = { ok: true } | { ok: false; message: string };

const PUSH_TIMEOUT = 60_000;

// Hints, and what an atomic push adds after the real reason: the refused ref says it better.
const NOISE = /^hint:|atomic push failed|remote end hung up/;

/**
 * The one or two lines of git's output that say why a push failed: the first ref refused, and
 * the first error; else the first lines it wrote, without its hints.
 */
export function pushFailure(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.test(line));
  const refused = lines.find((line) => line.startsWith('!'));
  const error = lines.find((line) => /^(fatal|error|remote: error):/.test(line));
  const reasons = [refused, error].filter((line) => line !== undefined);
  const chosen = reasons.length > 0 ? reasons : lines.slice(0, 2);
  return chosen.length > 0 ? chosen.join('\n') : 'git push failed without saying why.';
}

/**
 * Pushes the current branch and the live ref to `remote` (a remote's name, a path or an address),
 * both or neither where the remote allows. Never throws: a failure resolves with git's reason.
 */
export async function pushLive(repo: string, remote: string): Promise<PushResult> {
  if (remote === '' || remote.startsWith('-'))
    return { ok: false, message: `"${remote}" is not a git remote.` };
  try {
    const head = await runGit(repo, ['symbolic-ref', '--quiet', 'HEAD'], { okExitCodes: [1] });
    const branch = head.stdout.trim();
    if (head.exitCode !== 0 || branch === '')
      return {
        ok: false,
        message: 'The working copy is not on a branch, so there is none to push.',
      };
    await runGit(
      repo,
      ['push', '--atomic', '--', remote, `${branch}:${branch}`, `${LIVE_REF}:${LIVE_REF}`],
      { timeoutMs: PUSH_TIMEOUT },
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof GitError && error.timedOut)
      return {
        ok: false,
        message: `The push to ${remote} did not finish within ${PUSH_TIMEOUT / 1000} seconds and was stopped.`,
      };
    if (error instanceof GitError && error.stderr.trim() !== '')
      return { ok: false, message: pushFailure(error.stderr) };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
