import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from './content-fixtures';
import { TEMP_PREFIX, tempFolder } from './temp-folders';

const FIXTURE = join(REPOSITORY, 'tests', 'fixtures', 'temp-folders');

/** Runs the fixture test file in a Vitest of its own and returns its exit status and the folders it made. */
function runFixture(fail: boolean): { status: number | null; folders: string[] } {
  const record = join(tempFolder('record'), 'folders.txt');
  const env: NodeJS.ProcessEnv = { ...process.env, TEMP_FOLDERS_RECORD: record };
  delete env['VITEST'];
  if (fail) env['TEMP_FOLDERS_FAIL'] = '1';
  else delete env['TEMP_FOLDERS_FAIL'];
  const run = spawnSync(
    join(REPOSITORY, 'node_modules', '.bin', 'vitest'),
    ['run', '--root', FIXTURE, '--reporter', 'dot'],
    { cwd: FIXTURE, env, encoding: 'utf8' },
  );
  const folders = existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : [];
  return { status: run.status, folders };
}

describe('temporary folders made by tests', () => {
  it.each([
    ['passes', false],
    ['fails', true],
  ])('are all removed when the test file %s', (_, fail) => {
    const { status, folders } = runFixture(fail);
    expect(status).toBe(fail ? 1 : 0);
    expect(folders).toHaveLength(2);
    for (const folder of folders) expect(folder).toContain(TEMP_PREFIX);
    expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
  });
});
