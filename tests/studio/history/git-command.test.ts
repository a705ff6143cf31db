import { describe, expect, it, vi } from 'vitest';
import { GitError, runGit } from '~/studio/history/git-command';
import { git, siteRepository } from './git-sandbox';

describe('running git', () => {
  it('answers with exit codes that are answers, and rejects with git words for the rest', async () => {
    const repo = await siteRepository();
    const quiet = await runGit(repo, ['diff', '--quiet', 'HEAD', '--', 'package.json'], {
      okExitCodes: [1],
    });
    expect(quiet.exitCode).toBe(0);

    const failure = await runGit(repo, ['rev-parse', 'no-such-thing']).catch((error) => error);
    expect(failure).toBeInstanceOf(GitError);
    expect(failure).toMatchObject({ exitCode: 128, timedOut: false });
    expect(String(failure.message)).toMatch(/^git rev-parse failed: fatal: ambiguous argument/);
  });

  it('stops a command that runs too long', async () => {
    const repo = await siteRepository();
    // A remote that never answers: `cat` waits for git, and git waits for it.
    const failure = await runGit(
      repo,
      ['-c', 'protocol.ext.allow=always', 'ls-remote', 'ext::cat'],
      { timeoutMs: 500 },
    ).catch((error) => error);
    expect(failure).toBeInstanceOf(GitError);
    expect(failure).toMatchObject({ timedOut: true });
    expect(String(failure.message)).toContain('stopped after 0.5 s');
  });

  it('works on the repository it is given, whatever GIT_DIR says', async () => {
    const repo = await siteRepository();
    const other = await siteRepository();
    vi.stubEnv('GIT_DIR', `${other}/.git`);
    try {
      expect(await git(repo, 'rev-parse', '--absolute-git-dir')).toBe(`${repo}/.git`);
    } finally {
      vi.stubEnv('GIT_DIR', undefined);
    }
  });
});
