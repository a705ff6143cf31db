import { describe, expect, it } from 'vitest';
import { changedSinceLive, commitSave, recordPublish } from '~/studio/history';
import { SAM, SITE, TREATMENT, git, remove, siteRepository, write } from './git-sandbox';

const byPath = (changes: { path: string }[]) =>
  [...changes].sort((a, b) => a.path.localeCompare(b.path));

describe('the changes since the last publish', () => {
  it('before any publish are every content file, as added', async () => {
    const repo = await siteRepository();
    write(repo, 'content/new.mdx', 'untracked\n');
    expect(byPath(await changedSinceLive(repo))).toEqual([
      { path: 'content/new.mdx', change: 'added' },
      { path: SITE, change: 'added' },
      { path: TREATMENT, change: 'added' },
    ]);
  });

  it('are none straight after a publish', async () => {
    const repo = await siteRepository();
    await recordPublish(repo, SAM, 'Publish');
    expect(await changedSinceLive(repo)).toEqual([]);
  });

  it('include saved and unsaved changes, untracked and removed files, but not ignored ones', async () => {
    const repo = await siteRepository();
    write(repo, 'content/old.mdx', 'old\n');
    write(repo, 'content/kept.mdx', 'kept\n');
    await recordPublish(repo, SAM, 'Publish');

    write(repo, TREATMENT, 'title: Microneedling\nsummary: Saved.\n');
    await commitSave(repo, SAM, [TREATMENT], 'Saved');
    write(repo, SITE, 'name: Not saved\n');
    write(repo, 'content/untracked.mdx', 'new\n');
    write(repo, 'content/.DS_Store', 'ignored\n');
    remove(repo, 'content/old.mdx');
    write(repo, 'notes.txt', 'outside content\n');
    const status = await git(repo, 'status', '--porcelain');

    expect(byPath(await changedSinceLive(repo))).toEqual([
      { path: 'content/old.mdx', change: 'removed' },
      { path: SITE, change: 'changed' },
      { path: TREATMENT, change: 'changed' },
      { path: 'content/untracked.mdx', change: 'added' },
    ]);
    expect(await git(repo, 'status', '--porcelain')).toBe(status);
  });

  it('count a file changed and changed back as unchanged', async () => {
    const repo = await siteRepository();
    await recordPublish(repo, SAM, 'Publish');
    write(repo, SITE, 'name: For a moment\n');
    await commitSave(repo, SAM, [SITE], 'Changed');
    write(repo, SITE, 'name: The Skin Clinic\n');
    expect(await changedSinceLive(repo)).toEqual([]);
  });
});
