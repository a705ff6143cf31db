import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockFileOf } from '~/release/build-all-or-nothing';
import { liveRelease } from '~/release/publish-release';
import { releaseFolders } from '~/release/release-folders';
import { siteHashes } from '../helpers/site-files';
import { tempFolder } from '../helpers/temp-folders';

const FAKE_BUILD = join(import.meta.dirname, 'fixtures', 'fake-build.ts');

let root: string;
let target: string;
beforeEach(() => {
  root = tempFolder('release-root');
  target = join(root, 'dist');
});

/** A build of the made-up site, in a process of its own, stopped where `stopAt` says. */
function fakeBuild(stopAt: string, version: string) {
  return spawnSync(process.execPath, [FAKE_BUILD, root, target, stopAt, version], {
    encoding: 'utf8',
  });
}

const site = (version: string) => ({
  'index.html': expect.any(String),
  'treatments/index.html': expect.any(String),
  version,
});
const shown = () => ({
  ...siteHashes(target),
  version: /<p>(\w+) home/.exec(readFileSync(join(target, 'index.html'), 'utf8'))?.[1],
});

/** What a build may leave: the link, the live release, and nothing else. */
function expectNoLeftovers() {
  const { home } = releaseFolders(target);
  expect(lstatSync(target).isSymbolicLink()).toBe(true);
  expect(readdirSync(home)).toEqual([liveRelease(releaseFolders(target))]);
  expect(existsSync(lockFileOf(root))).toBe(false);
}

describe('publishing a build all or nothing', () => {
  it('makes the target a link to the new release and keeps only that', () => {
    expect(fakeBuild('', 'first').status).toBe(0);
    expect(shown()).toEqual(site('first'));
    expect(fakeBuild('', 'second').status).toBe(0);
    expect(shown()).toEqual(site('second'));
    expectNoLeftovers();
  });

  it('leaves the previous site byte for byte when the build fails', () => {
    fakeBuild('', 'old');
    const before = siteHashes(target);
    expect(fakeBuild('build fails', 'new').status).not.toBe(0);
    expect(siteHashes(target)).toEqual(before);
    expectNoLeftovers();
  });

  it('replaces a site built before releases, a real folder, with the new one', () => {
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), '<p>legacy home</p>');
    expect(fakeBuild('', 'new').status).toBe(0);
    expect(shown()).toEqual(site('new'));
    expectNoLeftovers();
  });

  // Each point leaves the disk in another state; a SIGKILL runs no clean-up code.
  describe.each([
    'while building',
    'release made',
    'link made',
    'link swapped',
    'old release removed',
  ])('killed %s', (point) => {
    it('shows the whole old site or the whole new one, and the next build cleans up', () => {
      fakeBuild('', 'old');
      const old = siteHashes(target);
      const killed = fakeBuild(point, 'new');
      expect(killed.signal).toBe('SIGKILL');
      const swapped = point === 'link swapped' || point === 'old release removed';
      if (swapped) expect(shown()).toEqual(site('new'));
      else expect(siteHashes(target)).toEqual(old);

      expect(fakeBuild('', 'next').status).toBe(0);
      expect(shown()).toEqual(site('next'));
      expectNoLeftovers();
    });
  });

  it('recovers a link when killed while moving a site built before releases aside', () => {
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), '<p>legacy home</p>');
    expect(fakeBuild('old site moved', 'new').signal).toBe('SIGKILL');
    expect(fakeBuild('', 'next').status).toBe(0);
    expect(shown()).toEqual(site('next'));
    expectNoLeftovers();
  });
});
