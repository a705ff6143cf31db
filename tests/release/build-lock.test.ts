import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BuildBusy } from '~/release/build-all-or-nothing';
import { startTimeOf, takeLock } from '~/release/build-lock';
import { tempFolder } from '../helpers/temp-folders';

let file: string;
beforeEach(() => {
  file = join(tempFolder('lock'), '.astro', 'build.lock');
});

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid ?? 0;

describe('the build lock', () => {
  it('is taken by one build at a time, and free again once released', () => {
    const first = takeLock(file);
    expect(first.taken).toBe(true);
    const second = takeLock(file);
    expect(second).toEqual({ taken: false, holder: expect.objectContaining({ pid: process.pid }) });
    if (first.taken) first.release();
    expect(existsSync(file)).toBe(false);
    const third = takeLock(file);
    expect(third.taken).toBe(true);
    if (third.taken) third.release();
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });

  it('is taken over from a build that was killed', () => {
    takeLock(file);
    writeFileSync(file, JSON.stringify({ pid: deadPid(), since: new Date().toISOString() }));
    expect(takeLock(file).taken).toBe(true);
  });

  it('is taken over when the id of the killed build now belongs to another process', () => {
    takeLock(file);
    const reused = {
      pid: process.pid,
      startedAt: 'another start',
      since: new Date().toISOString(),
    };
    writeFileSync(file, JSON.stringify(reused));
    expect(startTimeOf(process.pid)).toBeDefined();
    expect(takeLock(file).taken).toBe(true);
  });

  it('is taken over when it holds nothing readable', () => {
    takeLock(file);
    writeFileSync(file, '');
    expect(takeLock(file).taken).toBe(true);
  });

  it('tells a second build who holds it, in words', () => {
    const holder = { pid: 4242, startedAt: undefined, since: '2026-12-01T14:03:12Z' };
    expect(new BuildBusy(holder).message).toMatch(
      /^Another build is running in this folder \(process 4242, since \d\d:\d\d:\d\d\)\. This one has stopped and changed nothing\./,
    );
    expect(new BuildBusy(holder).stack).toBe('');
  });
});
