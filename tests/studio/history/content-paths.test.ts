import { describe, expect, it } from 'vitest';
import { commitSave, fileAt, lastChangeOf } from '~/studio/history';
import { contentPath } from '~/studio/history/content-paths';
import { SAM, git, siteRepository, write } from './git-sandbox';

const OUTSIDE = [
  '../x',
  'content/../package.json',
  '/etc/passwd',
  '/work/content/a.mdx',
  'content',
  'content/',
  'content//a.mdx',
  'content/./a.mdx',
  'content/treatments/../../package.json',
  'content\\..\\package.json',
  'package.json',
  'contents/a.mdx',
];

describe('paths from editors', () => {
  it('are taken inside content/', () => {
    expect(contentPath('content/treatments/microneedling.mdx')).toBe(
      'content/treatments/microneedling.mdx',
    );
  });

  it.each(OUTSIDE)('are refused outside it: %s', (path) => {
    expect(() => contentPath(path)).toThrow(/only changes files inside content\//);
  });

  it('outside content/ are refused by a save, which commits nothing', async () => {
    const repo = await siteRepository();
    const before = await git(repo, 'rev-parse', 'HEAD');
    write(repo, 'package.json', '{ "name": "changed" }\n');
    for (const path of ['../x', 'content/../package.json', `${repo}/package.json`])
      await expect(commitSave(repo, SAM, [path], 'Sneaky')).rejects.toThrow(/refused/);
    await expect(
      commitSave(repo, SAM, ['content/site.yaml', 'content/../package.json'], 'Half sneaky'),
    ).rejects.toThrow(/refused/);
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(before);
    expect(await git(repo, 'diff', '--cached', '--name-only')).toBe('');
  });

  it('outside content/ are refused when reading the history', async () => {
    const repo = await siteRepository();
    const head = await git(repo, 'rev-parse', 'HEAD');
    await expect(lastChangeOf(repo, 'package.json')).rejects.toThrow(/refused/);
    await expect(fileAt(repo, head, 'content/../package.json')).rejects.toThrow(/refused/);
    await expect(fileAt(repo, '--output=/tmp/x', 'content/site.yaml')).rejects.toThrow(
      /not a commit id/,
    );
  });
});
