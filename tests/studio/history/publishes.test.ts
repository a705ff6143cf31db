import { describe, expect, it } from 'vitest';
import { commitSave, liveCommit, publishes, recordPublish } from '~/studio/history';
import { ALEX, SAM, SITE, TREATMENT, git, remove, siteRepository, write } from './git-sandbox';

const PRACTITIONER = 'content/practitioners/sam-taylor.mdx';

describe('a publish', () => {
  it('is a commit with the publish trailer, and the live ref moves to it', async () => {
    const repo = await siteRepository();
    expect(await liveCommit(repo)).toBeUndefined();

    const sha = await recordPublish(repo, SAM, 'New summary');

    expect(sha).toBe(await git(repo, 'rev-parse', 'HEAD'));
    expect(await liveCommit(repo)).toBe(sha);
    expect(await git(repo, 'rev-parse', 'refs/studio/live')).toBe(sha);
    expect(await git(repo, 'log', '-1', '--format=%an <%ae>|%B', sha)).toBe(
      'Sam Taylor <sam-taylor@studio.invalid>|New summary\n\nStudio-Publish: yes',
    );
    expect(await git(repo, 'log', '-1', '--format=%(trailers:only,unfold)', sha)).toBe(
      'Studio-Publish: yes',
    );
  });

  it('records content that was changed but not saved, and nothing outside content/', async () => {
    const repo = await siteRepository();
    write(repo, SITE, 'name: Changed without a save\n');
    write(repo, 'notes.txt', 'not content\n');

    const sha = await recordPublish(repo, SAM, 'Publish');

    expect(await git(repo, 'show', '--format=', '--name-only', sha)).toBe(SITE);
    expect(await git(repo, 'status', '--porcelain')).toBe('?? notes.txt');
  });

  it('keeps a message, with a line that looks like a trailer, as words', async () => {
    const repo = await siteRepository();
    const message = 'Undo the last one\n\nStudio-Put-Back: 0123456789abcdef';
    await recordPublish(repo, SAM, message);
    const [publish] = await publishes(repo);
    expect(publish?.message).toBe(message);
    expect(publish).not.toHaveProperty('putBackOf');
  });

  it('has a message even when the editor gave none', async () => {
    const repo = await siteRepository();
    await recordPublish(repo, SAM, '  \n ');
    expect((await publishes(repo))[0]?.message).toBe('Published');
  });
});

describe('the history of publishes', () => {
  it('lists publishes only, newest first, each with the files changed since the one before', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: First change.\n');
    await commitSave(repo, SAM, [TREATMENT], 'Summary');
    const first = await recordPublish(repo, SAM, 'First publish');

    write(repo, PRACTITIONER, 'name: Sam Taylor\n');
    await commitSave(repo, ALEX, [PRACTITIONER], 'Sam joins');
    remove(repo, SITE);
    await commitSave(repo, ALEX, [SITE], 'No site file');
    write(repo, 'package.json', '{ "name": "not content" }\n');
    await git(repo, '-c', 'user.name=A', '-c', 'user.email=a@b', 'commit', '-qam', 'Developer');
    const second = await recordPublish(repo, ALEX, 'Second publish');
    const third = await recordPublish(repo, SAM, 'Nothing new');

    const list = await publishes(repo);

    expect(list).toEqual([
      {
        sha: third,
        name: 'Sam Taylor',
        username: 'sam-taylor',
        date: expect.any(Date),
        message: 'Nothing new',
        files: [],
      },
      {
        sha: second,
        name: 'Alex Khan',
        username: 'alex-khan',
        date: expect.any(Date),
        message: 'Second publish',
        files: [PRACTITIONER, SITE],
      },
      {
        sha: first,
        name: 'Sam Taylor',
        username: 'sam-taylor',
        date: expect.any(Date),
        message: 'First publish',
        files: [TREATMENT],
      },
    ]);
    expect(list[0]?.date.getTime()).toBe(
      new Date(await git(repo, 'log', '-1', '--format=%aI', third)).getTime(),
    );
  });

  it('keeps to the limit, and the oldest listed still compares with the publish before it', async () => {
    const repo = await siteRepository();
    write(repo, TREATMENT, 'title: Microneedling\nsummary: One.\n');
    await recordPublish(repo, SAM, 'One');
    write(repo, SITE, 'name: Two\n');
    await recordPublish(repo, SAM, 'Two');
    write(repo, PRACTITIONER, 'name: Three\n');
    await recordPublish(repo, SAM, 'Three');

    const list = await publishes(repo, 2);

    expect(list.map(({ message, files }) => ({ message, files }))).toEqual([
      { message: 'Three', files: [PRACTITIONER] },
      { message: 'Two', files: [SITE] },
    ]);
    expect(await publishes(repo, 0)).toEqual([]);
  });

  it('is empty before the first publish', async () => {
    const repo = await siteRepository();
    write(repo, SITE, 'name: Saved\n');
    await commitSave(repo, SAM, [SITE], 'Studio-Publish: yes');
    expect(await publishes(repo)).toEqual([]);
  });
});
