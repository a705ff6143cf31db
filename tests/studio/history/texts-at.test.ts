import { describe, expect, it } from 'vitest';
import { commitSave, fileAt, textsAt } from '~/studio/history';
import { SAM, TREATMENT, git, siteRepository, write } from './git-sandbox';

describe('reading many files at many commits at once', () => {
  it('gives each file as fileAt does, whatever its characters, and undefined where there is none', async () => {
    const repo = await siteRepository();
    const first = await git(repo, 'rev-parse', 'HEAD');
    const practitioner = 'content/practitioners/zoë-brontë.mdx';
    write(repo, practitioner, 'name: Zoë Brontë 🌿\nrole: Practitioner\n');
    write(repo, TREATMENT, 'title: Microneedling\nsummary: Après — new words.\n');
    const second = await commitSave(repo, SAM, [practitioner, TREATMENT], 'Changes');
    if (second === undefined) throw new Error('Nothing was committed.');
    const wanted = [
      { sha: first, path: TREATMENT },
      { sha: second, path: TREATMENT },
      { sha: first, path: practitioner },
      { sha: second, path: practitioner },
      { sha: second, path: 'content/treatments' },
      { sha: second, path: 'content/none.mdx' },
    ];
    const texts = await textsAt(repo, wanted);
    expect(texts).toEqual(
      await Promise.all(wanted.map(({ sha, path }) => fileAt(repo, sha, path))),
    );
    expect(texts[3]).toBe('name: Zoë Brontë 🌿\nrole: Practitioner\n');
    expect(texts[2]).toBeUndefined();
    expect(texts[4]).toBeUndefined();
  });

  it('refuses a path outside content/ and a revision that is not a commit id', async () => {
    const repo = await siteRepository();
    const head = await git(repo, 'rev-parse', 'HEAD');
    await expect(textsAt(repo, [{ sha: head, path: 'package.json' }])).rejects.toThrow();
    await expect(textsAt(repo, [{ sha: 'HEAD', path: TREATMENT }])).rejects.toThrow();
    expect(await textsAt(repo, [])).toEqual([]);
  });
});
