import { describe, expect, it } from 'vitest';
import { commitSave, recordPublish, savesByPublish } from '~/studio/history';
import { ALEX, SAM, SITE, TREATMENT, git, siteRepository, write } from './git-sandbox';

describe('the saves in each publish', () => {
  it('puts each save under the publish that took it live, and the rest under not yet published', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Sam wrote this.\n');
    const samSave = await commitSave(repo, SAM, [TREATMENT], 'Sam saves');
    write(repo, SITE, 'name: The Skin Clinic of Leeds\n');
    const alexSave = await commitSave(repo, ALEX, [SITE], 'Alex saves');
    const first = await recordPublish(repo, SAM, 'First');
    write(repo, 'README.md', 'code, not content\n');
    await git(repo, 'add', 'README.md');
    await git(
      repo,
      '-c',
      'user.name=Developer',
      '-c',
      'user.email=developer@clinic.invalid',
      'commit',
      '--quiet',
      '-m',
      'A developer changes code',
    );
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Alex wrote this.\n');
    const later = await commitSave(repo, ALEX, [TREATMENT], 'Alex saves again');

    const saves = await savesByPublish(repo);

    expect(saves.unpublished.map(({ sha, name, files }) => [sha, name, files])).toEqual([
      [later, 'Alex Khan', [TREATMENT]],
    ]);
    const inFirst = saves.byPublish.get(first) ?? [];
    expect(inFirst.slice(0, 2).map(({ sha, username, files }) => [sha, username, files])).toEqual([
      [alexSave, 'alex-khan', [SITE]],
      [samSave, 'sam-taylor', [TREATMENT]],
    ]);
    expect(inFirst.every(({ date }) => date instanceof Date && !Number.isNaN(date.getTime()))).toBe(
      true,
    );
  });
});
