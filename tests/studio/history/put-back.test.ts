import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commitSave,
  discardContentChanges,
  liveCommit,
  publishes,
  putBackMessage,
  recordPublish,
  recordPutBack,
  restoreContent,
  type Publish,
} from '~/studio/history';
import { ALEX, SAM, SITE, TREATMENT, git, remove, siteRepository, write } from './git-sandbox';

const PRACTITIONER = 'content/practitioners/sam-taylor.mdx';
const LATER = 'content/aftercare/microneedling.mdx';
const read = (repo: string, path: string) => readFileSync(join(repo, path), 'utf8');

/** A repository with two publishes: the second changed, deleted and added files. */
async function twoPublishes() {
  const repo = await siteRepository();
  write(repo, PRACTITIONER, 'name: Sam Taylor\n');
  await commitSave(repo, SAM, [PRACTITIONER], 'Sam joins');
  const first = await recordPublish(repo, SAM, 'First');
  write(repo, TREATMENT, 'title: Microneedling\nsummary: Second words.\n');
  remove(repo, PRACTITIONER);
  write(repo, LATER, 'title: Aftercare\n');
  await commitSave(repo, ALEX, [TREATMENT, PRACTITIONER, LATER], 'Changes');
  const second = await recordPublish(repo, ALEX, 'Second');
  return { repo, first, second };
}

describe('putting a publish back', () => {
  it('can be undone before it is recorded, leaving content/ as the last commit holds it', async () => {
    const { repo, first } = await twoPublishes();
    const before = await git(repo, 'rev-parse', 'HEAD');
    await restoreContent(repo, first);
    await discardContentChanges(repo);
    expect(read(repo, TREATMENT)).toBe('title: Microneedling\nsummary: Second words.\n');
    expect(existsSync(join(repo, PRACTITIONER))).toBe(false);
    expect(read(repo, LATER)).toBe('title: Aftercare\n');
    expect(await git(repo, 'status', '--porcelain', '--', 'content')).toBe('');
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('restores changed and deleted files, removes later ones, and is listed as a put back', async () => {
    const { repo, first, second } = await twoPublishes();
    write(repo, 'content/untracked.mdx', 'never saved\n');
    write(repo, 'content/.DS_Store', 'ignored\n');
    write(repo, 'notes.txt', 'outside content\n');
    const firstPublish = (await publishes(repo)).find((publish) => publish.sha === first);
    if (!firstPublish) throw new Error('The first publish is not listed.');

    await restoreContent(repo, first);

    expect(read(repo, TREATMENT)).toBe('title: Microneedling\nsummary: Tiny needles.\n');
    expect(read(repo, PRACTITIONER)).toBe('name: Sam Taylor\n');
    expect(existsSync(join(repo, LATER))).toBe(false);
    expect(existsSync(join(repo, 'content/untracked.mdx'))).toBe(false);
    expect(existsSync(join(repo, 'content/.DS_Store'))).toBe(true);
    expect(existsSync(join(repo, 'notes.txt'))).toBe(true);
    expect(await git(repo, 'diff', '--cached', '--name-status', 'HEAD')).toBe(
      [`D\t${LATER}`, `A\t${PRACTITIONER}`, `M\t${TREATMENT}`].join('\n'),
    );
    expect(await liveCommit(repo)).toBe(second);

    const sha = await recordPutBack(repo, ALEX, firstPublish);

    expect(await liveCommit(repo)).toBe(sha);
    expect(await git(repo, 'diff', '--name-only', first, sha, '--', 'content')).toBe('');
    expect(await git(repo, 'status', '--porcelain')).toBe('?? notes.txt');
    const [putBack] = await publishes(repo);
    expect(putBack).toEqual({
      sha,
      name: 'Alex Khan',
      username: 'alex-khan',
      date: expect.any(Date),
      message: putBackMessage(firstPublish),
      files: [LATER, PRACTITIONER, TREATMENT],
      putBackOf: first,
    });
    expect(await git(repo, 'log', '-1', '--format=%(trailers:only,unfold)', sha)).toBe(
      `Studio-Publish: yes\nStudio-Put-Back: ${first}`,
    );
  });

  it('refuses a commit that is not a publish, and leaves content/ as it is', async () => {
    const { repo } = await twoPublishes();
    const save = await git(repo, 'log', '-1', '--format=%H', '--grep=Changes');
    const firstCommit = await git(repo, 'rev-list', '--max-parents=0', 'HEAD');
    write(repo, SITE, 'name: Being edited\n');

    for (const sha of [save, firstCommit, 'deadbeef'.repeat(5)])
      await expect(restoreContent(repo, sha)).rejects.toThrow(/is not a publish/);
    await expect(restoreContent(repo, 'HEAD~1')).rejects.toThrow(/not a commit id/);

    expect(read(repo, SITE)).toBe('name: Being edited\n');
    expect(read(repo, TREATMENT)).toBe('title: Microneedling\nsummary: Second words.\n');
  });

  it('refuses to record a put back of something that is not a publish', async () => {
    const { repo } = await twoPublishes();
    const firstCommit = await git(repo, 'rev-list', '--max-parents=0', 'HEAD');
    const live = await liveCommit(repo);
    const fake: Publish = {
      sha: firstCommit,
      name: 'A Developer',
      username: 'developer@example.com',
      date: new Date(),
      message: 'The site',
      files: [],
    };
    await expect(recordPutBack(repo, SAM, fake)).rejects.toThrow(/is not a publish/);
    expect(await liveCommit(repo)).toBe(live);
  });
});

describe('the message of a put back', () => {
  const publish = (date: string): Publish => ({
    sha: 'a'.repeat(40),
    name: 'Sam Taylor',
    username: 'sam-taylor',
    date: new Date(date),
    message: 'Summary',
    files: [],
  });

  it('names the day the clinic saw the publish, and who made it', () => {
    expect(putBackMessage(publish('2026-12-03T10:00:00Z'))).toBe(
      'Put back the version published on 3 December 2026 by Sam Taylor',
    );
    // 23:30 UTC on 30 June is half past midnight on 1 July in London's summer time.
    expect(putBackMessage(publish('2026-06-30T23:30:00Z'))).toBe(
      'Put back the version published on 1 July 2026 by Sam Taylor',
    );
  });
});
