import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, projectCopy } from '../helpers/build-site';
import { tempFolder } from '../helpers/temp-folders';
import { testFiles } from '../test-kinds';

// Tests in a folder no list names: Vitest must find each in the project its imports call for.
const NEW_ROOM = {
  'tests/newroom/plain.test.ts': `import { expect, it } from 'vitest';\nimport { HOME } from '~/lib/urls';\nit('runs', () => expect(HOME).toBe('/'));\n`,
  'tests/newroom/renders.test.ts': `import { it } from 'vitest';\nimport { render } from '../helpers/render';\nit('runs', () => void render);\n`,
  'tests/newroom/deeper/starts.test.ts': `import { spawnSync } from 'node:child_process';\nimport { it } from 'vitest';\nit('runs', () => void spawnSync);\n`,
};

/** Each test file Vitest finds in a copy of the project, with the projects it runs in. */
let found: Map<string, string[]>;
let copy: string;

beforeAll(() => {
  copy = projectCopy();
  for (const [file, source] of Object.entries(NEW_ROOM)) {
    mkdirSync(join(copy, file, '..'), { recursive: true });
    writeFileSync(join(copy, file), source);
  }
  const report = join(tempFolder('vitest-list'), 'files.json');
  const list = spawnSync(
    join(copy, 'node_modules', '.bin', 'vitest'),
    ['list', '--filesOnly', `--json=${report}`],
    { cwd: copy, env: { ...buildEnvironment(), NO_COLOR: '1' }, encoding: 'utf8' },
  );
  if (list.status !== 0) throw new Error(`vitest list failed:\n${list.stdout}\n${list.stderr}`);
  const files = JSON.parse(readFileSync(report, 'utf8')) as { file: string; projectName: string }[];
  found = new Map();
  for (const { file, projectName } of files) {
    const path = file.slice(copy.length + 1);
    found.set(path, [...(found.get(path) ?? []), projectName]);
  }
});

/** The projects a file runs in, leaving out the runs again in other time zones. */
const projectsOf = (file: string) => (found.get(file) ?? []).filter((name) => !name.includes('('));

describe("Vitest's projects", () => {
  it('run every test file under tests/ in exactly one project', () => {
    const files = testFiles(join(copy, 'tests')).map((file) => `tests/${file}`);
    expect(files.length).toBeGreaterThan(100);
    const notOnce = files.filter((file) => projectsOf(file).length !== 1);
    expect(notOnce).toEqual([]);
  });

  it('run the tests of a new folder, each in the project its imports call for', () => {
    expect(projectsOf('tests/newroom/plain.test.ts')).toEqual(['pure']);
    expect(projectsOf('tests/newroom/renders.test.ts')).toEqual(['components']);
    expect(projectsOf('tests/newroom/deeper/starts.test.ts')).toEqual(['processes']);
  });

  it('run the date logic again in the zones furthest east and west', () => {
    for (const file of [
      'tests/planner/next-session.test.ts',
      'tests/components/review-dates.test.ts',
    ])
      expect((found.get(file) ?? []).filter((name) => name.includes('('))).toHaveLength(2);
    expect([...(found.get('tests/lib/lists.test.ts') ?? [])].sort()).toEqual([
      'pure',
      'pure (UTC+14)',
      'pure (UTC-11)',
    ]);
  });
});
