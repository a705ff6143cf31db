import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT } from './content-paths.ts';
import { GitError, runGit } from './git-command.ts';

/** A working copy the studio can save and publish in. */
export interface Repository {
  /** The working copy's top folder. */
  root: string;
  /** The branch it is on, such as `main`. */
  branch: string;
}

/** The files git keeps while a command waits for someone to finish it. */
const UNFINISHED = [
  ['MERGE_HEAD', 'a merge'],
  ['rebase-merge', 'a rebase'],
  ['rebase-apply', 'a rebase'],
  ['CHERRY_PICK_HEAD', 'a cherry-pick'],
  ['REVERT_HEAD', 'a revert'],
] as const;

async function gitPath(repo: string, name: string): Promise<string> {
  const path = (await runGit(repo, ['rev-parse', '--git-path', name])).stdout.trim();
  return resolve(repo, path);
}

/**
 * Checks that `repo` is the top folder of a git working copy with a commit and a content/ folder,
 * on a branch, with no merge, rebase or other unfinished work that a commit would get tangled in.
 * Throws an Error that says what to fix.
 */
export async function openRepository(repo: string): Promise<Repository> {
  const where = resolve(repo);
  const fix = (problem: string) => new Error(`The studio cannot use ${where}: ${problem}`);
  if (!existsSync(where)) throw fix('there is no such folder.');
  let top: string;
  try {
    top = (await runGit(where, ['rev-parse', '--show-toplevel'])).stdout.trim();
  } catch (error) {
    const said = error instanceof GitError ? error.stderr.trim() : String(error);
    throw fix(`it is not a git working copy (${said}).`);
  }
  if (realpathSync(top) !== realpathSync(where))
    throw fix(`it is inside the working copy ${top}; give that folder instead.`);
  const head = await runGit(where, ['rev-parse', '--verify', '--quiet', 'HEAD'], {
    okExitCodes: [1],
  });
  if (head.exitCode !== 0) throw fix('the repository has no commits yet.');
  const branch = await runGit(where, ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    okExitCodes: [1],
  });
  if (branch.exitCode !== 0) throw fix('it is not on a branch (git switch main).');
  if (!existsSync(join(where, CONTENT))) throw fix(`it has no ${CONTENT}/ folder.`);
  for (const [name, doing] of UNFINISHED) {
    if (existsSync(await gitPath(where, name)))
      throw fix(`${doing} is not finished; finish or abort it first.`);
  }
  const unmerged = await runGit(where, ['ls-files', '--unmerged']);
  if (unmerged.stdout.trim() !== '')
    throw fix('some files have merge conflicts; resolve them first.');
  return { root: where, branch: branch.stdout.trim() };
}
