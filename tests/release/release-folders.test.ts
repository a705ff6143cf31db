import { describe, expect, it } from 'vitest';
import { leftovers, releaseFolders, releaseName, releasesAmong } from '~/release/release-folders';

describe('release folders', () => {
  it('keeps staging and releases beside the target, under one hidden folder', () => {
    expect(releaseFolders('/srv/site/dist')).toEqual({
      target: '/srv/site/dist',
      home: '/srv/site/.dist-releases',
      staging: '/srv/site/.dist-releases/staging',
      nextLink: '/srv/site/.dist-releases/next-link',
    });
  });

  it('names releases so they sort by time', () => {
    const names = [
      releaseName(new Date('2026-12-02T09:00:00.001Z'), 7),
      releaseName(new Date('2026-12-01T23:59:59.999Z'), 123),
    ];
    expect(names).toEqual(['20261202T090000001Z-7', '20261201T235959999Z-123']);
    expect(releasesAmong(['staging', 'next-link', ...names])).toEqual(names.toReversed());
  });

  it('counts everything but the live release as left over', () => {
    const entries = ['staging', 'next-link', '20261201T235959999Z-1', '20261202T090000001Z-2'];
    expect(leftovers(entries, '20261202T090000001Z-2')).toEqual(entries.slice(0, 3));
    expect(leftovers(entries, undefined)).toEqual(entries);
  });
});
