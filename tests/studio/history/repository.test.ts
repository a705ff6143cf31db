import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepository } from '~/studio/history';
import { tempFolder } from '../../helpers/temp-folders';
import { git, siteRepository } from './git-sandbox';

describe('opening the working copy', () => {
  it('gives its folder and branch', async () => {
    const repo = await siteRepository();
    expect(await openRepository(repo)).toEqual({ root: repo, branch: 'main' });
  });

  it('refuses a folder that is not a working copy', async () => {
    const folder = tempFolder('history-plain');
    await expect(openRepository(folder)).rejects.toThrow(/not a git working copy/);
    await expect(openRepository(join(folder, 'missing'))).rejects.toThrow(/no such folder/);
  });

  it('refuses a folder inside one', async () => {
    const repo = await siteRepository();
    await expect(openRepository(join(repo, 'content'))).rejects.toThrow(
      `it is inside the working copy ${repo}`,
    );
  });

  it('refuses one without content/ or without a branch', async () => {
    const repo = await siteRepository();
    await git(repo, 'switch', '--quiet', '--detach');
    await expect(openRepository(repo)).rejects.toThrow(/not on a branch/);
    await git(repo, 'switch', '--quiet', 'main');
    rmSync(join(repo, 'content'), { recursive: true });
    await expect(openRepository(repo)).rejects.toThrow(/no content\/ folder/);
  });

  it('refuses one without commits, or in the middle of a merge', async () => {
    const empty = tempFolder('history-empty');
    await git(empty, 'init', '--quiet');
    mkdirSync(join(empty, 'content'));
    await expect(openRepository(empty)).rejects.toThrow(/no commits yet/);

    const repo = await siteRepository();
    writeFileSync(join(repo, '.git', 'MERGE_HEAD'), `${await git(repo, 'rev-parse', 'HEAD')}\n`);
    await expect(openRepository(repo)).rejects.toThrow(/a merge is not finished/);
  });
});
