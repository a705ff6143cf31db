import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveCommit, pushLive, recordPublish } from '~/studio/history';
import { pushFailure } from '~/studio/history/push';
import { tempFolder } from '../../helpers/temp-folders';
import { SAM, SITE, bareRepository, git, siteRepository, write } from './git-sandbox';

describe('pushing a publish', () => {
  it('sends the branch and the live ref to the remote', async () => {
    const repo = await siteRepository();
    const bare = await bareRepository();
    await git(repo, 'remote', 'add', 'origin', bare);
    write(repo, SITE, 'name: Published\n');
    const sha = await recordPublish(repo, SAM, 'Publish');

    expect(await pushLive(repo, 'origin')).toEqual({ ok: true });

    expect(await git(bare, 'rev-parse', 'refs/heads/main')).toBe(sha);
    expect(await git(bare, 'rev-parse', 'refs/studio/live')).toBe(await liveCommit(repo));
  });

  it('to a path that is not a repository answers with git reason, without throwing', async () => {
    const repo = await siteRepository();
    await recordPublish(repo, SAM, 'Publish');
    const missing = join(tempFolder('history-none'), 'missing');

    const result = await pushLive(repo, missing);

    expect(result).toEqual({ ok: false, message: expect.stringContaining(missing) });
    if (result.ok) return;
    expect(result.message).toContain('does not appear to be a git repository');
    expect(result.message.split('\n').length).toBeLessThanOrEqual(2);
  });

  it('that the remote refuses answers with the refusal, and pushes neither ref', async () => {
    const repo = await siteRepository();
    const bare = await bareRepository();
    const other = await siteRepository();
    write(other, SITE, 'name: Someone else pushed first\n');
    await recordPublish(other, SAM, 'Elsewhere');
    await git(other, 'push', '--quiet', bare, 'main');
    const theirs = await git(bare, 'rev-parse', 'main');
    await recordPublish(repo, SAM, 'Publish');

    const result = await pushLive(repo, bare);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/rejected/);
    expect(await git(bare, 'rev-parse', 'main')).toBe(theirs);
    expect(await git(bare, 'for-each-ref', 'refs/studio')).toBe('');
  });

  it('refuses a remote that would be read as an option', async () => {
    const repo = await siteRepository();
    expect(await pushLive(repo, '--mirror')).toEqual({
      ok: false,
      message: '"--mirror" is not a git remote.',
    });
  });
});

describe("git's reason for a failed push", () => {
  it('is the lines that say what went wrong, without hints', () => {
    // As git 2.39 writes it for an atomic push the remote refuses.
    const stderr = [
      'To /srv/remote.git',
      ' ! [rejected]        main -> main (fetch first)',
      ' ! [rejected]        refs/studio/live -> refs/studio/live (atomic push failed)',
      "error: failed to push some refs to '/srv/remote.git'",
      'hint: Updates were rejected because the remote contains work that you do',
      'hint: not have locally.',
      'error: atomic push failed for ref refs/heads/main. status: 5',
      '',
      'fatal: the remote end hung up unexpectedly',
      '',
    ].join('\n');
    expect(pushFailure(stderr)).toBe(
      "! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to '/srv/remote.git'",
    );
  });

  it('without a refused ref is the first error', () => {
    const stderr = [
      "fatal: '/srv/missing' does not appear to be a git repository",
      'fatal: Could not read from remote repository.',
      '',
      'Please make sure you have the correct access rights',
    ].join('\n');
    expect(pushFailure(stderr)).toBe(
      "fatal: '/srv/missing' does not appear to be a git repository",
    );
  });
});
