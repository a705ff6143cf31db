import { describe, expect, it } from 'vitest';
import { commitSave, fileAt, lastChangeOf } from '~/studio/history';
import { ALEX, SAM, SITE, TREATMENT, git, remove, siteRepository, write } from './git-sandbox';

describe('a save', () => {
  it('is a commit by its author, and the last change names the last author', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Fine needles.\n');
    const first = await commitSave(repo, SAM, [TREATMENT], 'Summary in plainer words');
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Very fine needles.\n');
    const second = await commitSave(repo, ALEX, [TREATMENT], 'Summary again');

    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(second).toBe(await git(repo, 'rev-parse', 'HEAD'));
    expect(await git(repo, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', first ?? '')).toBe(
      'Sam Taylor <sam-taylor@studio.invalid>|Sam Taylor <sam-taylor@studio.invalid>|Summary in plainer words',
    );

    const last = await lastChangeOf(repo, TREATMENT);
    expect(last).toEqual({
      name: 'Alex Khan',
      username: 'alex-khan',
      date: expect.any(Date),
      sha: second,
    });
    expect(Number.isNaN(last?.date.getTime())).toBe(false);
    expect(await lastChangeOf(repo, SITE)).toMatchObject({
      name: 'A Developer',
      username: 'developer@example.com',
    });
  });

  it('commits exactly the files named, whatever else is changed or staged', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Changed.\n');
    write(repo, SITE, 'name: Not saved\n');
    write(repo, 'notes.txt', 'staged by someone at the server\n');
    await git(repo, 'add', 'notes.txt');

    const sha = await commitSave(repo, SAM, [TREATMENT], 'Summary');

    expect(await git(repo, 'show', '--format=', '--name-only', sha ?? '')).toBe(TREATMENT);
    // The helper trims the first line's leading space: " M" is changed and not staged.
    expect(await git(repo, 'status', '--porcelain')).toBe(`M ${SITE}\nA  notes.txt`);
  });

  it('records added and deleted files', async () => {
    const repo = await siteRepository();
    const practitioner = 'content/practitioners/sam-taylor.mdx';
    write(repo, practitioner, 'name: Sam Taylor\n');
    remove(repo, SITE);

    const sha = await commitSave(repo, SAM, [practitioner, SITE], 'New practitioner');

    expect(await git(repo, 'show', '--format=', '--name-status', sha ?? '')).toBe(
      `A\t${practitioner}\nD\t${SITE}`,
    );
    expect(await git(repo, 'status', '--porcelain')).toBe('');
  });

  it('records a deletion that is already staged', async () => {
    const repo = await siteRepository();
    await git(repo, 'rm', '--quiet', SITE);
    const sha = await commitSave(repo, SAM, [SITE], 'No site file');
    expect(await git(repo, 'show', '--format=', '--name-status', sha ?? '')).toBe(`D\t${SITE}`);
  });

  it('changes nothing when the files are as they were', async () => {
    const repo = await siteRepository();
    const before = await git(repo, 'rev-parse', 'HEAD');
    expect(await commitSave(repo, SAM, [TREATMENT], 'Nothing')).toBeUndefined();
    expect(await commitSave(repo, SAM, ['content/never-made.mdx'], 'Nothing')).toBeUndefined();
    expect(await commitSave(repo, SAM, [], 'Nothing')).toBeUndefined();
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('keeps a file name with spaces and pattern characters as it is', async () => {
    const repo = await siteRepository();
    const odd = 'content/treatments/peel *[new].mdx';
    write(repo, odd, 'title: Peel\n');
    write(repo, 'content/treatments/peel a.mdx', 'title: Not this one\n');
    const sha = await commitSave(repo, SAM, [odd], 'Peel');
    expect(await git(repo, 'show', '--format=', '--name-only', '-z', sha ?? '')).toBe(`${odd}\0`);
  });

  it('from two editors at once are both kept, one after the other', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: By Sam.\n');
    write(repo, SITE, 'name: By Alex\n');
    const [bySam, byAlex] = await Promise.all([
      commitSave(repo, SAM, [TREATMENT], 'Sam'),
      commitSave(repo, ALEX, [SITE], 'Alex'),
    ]);
    expect(await git(repo, 'log', '-2', '--format=%H %an')).toBe(
      `${byAlex} Alex Khan\n${bySam} Sam Taylor`,
    );
  });

  it('refuses an author whose name or sign-in name would change the record', async () => {
    const repo = await siteRepository();
    write(repo, SITE, 'name: Changed\n');
    await expect(
      commitSave(repo, { name: 'Sam <evil@example.com>', username: 'sam' }, [SITE], 'x'),
    ).rejects.toThrow(/plain text/);
    await expect(
      commitSave(repo, { name: 'Sam', username: 'sam@example.com>' }, [SITE], 'x'),
    ).rejects.toThrow(/sign-in name/);
  });
});

describe('a file at a commit', () => {
  it('is its text then, or undefined when it was not there', async () => {
    const repo = await siteRepository();
    const first = await git(repo, 'rev-parse', 'HEAD');
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Later.\n');
    const later = await commitSave(repo, SAM, [TREATMENT], 'Later');

    expect(await fileAt(repo, first, TREATMENT)).toBe(
      'title: Microneedling\nsummary: Tiny needles.\n',
    );
    expect(await fileAt(repo, later ?? '', TREATMENT)).toBe(
      'title: Microneedling\nsummary: Later.\n',
    );
    expect(await fileAt(repo, first, 'content/missing.mdx')).toBeUndefined();
    expect(await fileAt(repo, first, 'content/treatments')).toBeUndefined();
  });
});
