import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from '../helpers/content-fixtures';
import { KINDS, kindOf, requestedKinds, testFiles, testsByKind } from '../test-kinds';

const byKind = testsByKind(join(REPOSITORY, 'tests'));

describe("a test file's project, from what it needs", () => {
  it('puts a test in a new folder that needs nothing in pure', () => {
    expect(kindOf('newroom/thing.test.ts', "import { HOME } from '~/lib/urls';\n")).toBe('pure');
    expect(kindOf('newroom/deep/thing.test.ts', '')).toBe('pure');
  });

  it('puts a test that renders .astro files, or loads the config, in components', () => {
    expect(kindOf('newroom/a.test.ts', "import Card from '~/components/Card.astro';")).toBe(
      'components',
    );
    expect(kindOf('newroom/b.test.ts', "import { mdxComponents } from '~/components/mdx';")).toBe(
      'components',
    );
    expect(
      kindOf('newroom/c.test.ts', "import {\n  render,\n  text,\n} from '../helpers/render';"),
    ).toBe('components');
    expect(kindOf('newroom/d.test.ts', "import config from '../../astro.config.mjs';")).toBe(
      'components',
    );
  });

  it('puts a test that starts processes in processes, even when it renders too', () => {
    expect(kindOf('newroom/a.test.ts', "import { spawnSync } from 'node:child_process';")).toBe(
      'processes',
    );
    expect(
      kindOf(
        'newroom/b.test.ts',
        "import { buildSite } from '../helpers/build-site';\nimport X from '~/components/X.astro';",
      ),
    ).toBe('processes');
    expect(kindOf('newroom/c.test.ts', "import shareCards from '~/share-cards/integration';")).toBe(
      'processes',
    );
  });

  it('goes by folder for the built site, the browser and the server', () => {
    expect(kindOf('site/new.test.ts', "import { spawnSync } from 'node:child_process';")).toBe(
      'site',
    );
    expect(kindOf('browser/new.test.ts', '')).toBe('browser');
    expect(kindOf('server/new.test.ts', '')).toBe('server');
  });

  it('does not take an import written inside a string of test data for one', () => {
    const source = `import { it } from 'vitest';\nconst body = [\n  'import Box from "../x.astro"',\n  "import { spawn } from 'node:child_process'",\n];\n`;
    expect(kindOf('newroom/data.test.ts', source)).toBe('pure');
  });

  it('puts every test file under tests/ in exactly one kind', () => {
    const files = testFiles(join(REPOSITORY, 'tests')).map((file) => `tests/${file}`);
    expect(files.length).toBeGreaterThan(100);
    const placed = KINDS.flatMap((kind) => byKind[kind]);
    expect([...placed].sort()).toEqual(files);
  });

  it('keeps the slow tests out of the fast loop: every build, dev server and command is in processes', () => {
    for (const file of [
      'tests/content-check/check-content.test.ts',
      'tests/content-check/new-content.test.ts',
      'tests/share-cards/card-memory.test.ts',
      'tests/studio/server/attacks.test.ts',
      'tests/release/real-builds.test.ts',
    ])
      expect(byKind.processes).toContain(file);
  });
});

describe('the projects a command line asks for', () => {
  it('sets up every project for a whole run', () => {
    expect(requestedKinds(['run'], byKind)).toEqual(new Set(KINDS));
    expect(requestedKinds([], byKind)).toEqual(new Set(KINDS));
  });

  it('sets up only the projects named, zone runs and wildcards included', () => {
    expect(requestedKinds(['--project', 'pure', '--project=components'], byKind)).toEqual(
      new Set(['pure', 'components']),
    );
    expect(requestedKinds(['run', '--project', 'pure (UTC+14)'], byKind)).toEqual(
      new Set(['pure']),
    );
    expect(requestedKinds(['--project', 'comp*'], byKind)).toEqual(new Set(['components']));
    // A name no project has is left for Vitest to refuse, with every project set up.
    expect(requestedKinds(['--project', 'nothing'], byKind)).toEqual(new Set(KINDS));
  });

  it('sets up only the projects of the files asked for, so one pure file does not wait for Astro', () => {
    expect(requestedKinds(['run', 'tests/lib/lists.test.ts'], byKind)).toEqual(new Set(['pure']));
    expect(requestedKinds(['run', 'tests/lib', 'site-header', '-t', 'tests/site'], byKind)).toEqual(
      new Set(['pure', 'components']),
    );
    // A filter that matches no file is left for Vitest to report.
    expect(requestedKinds(['run', 'no-such-test'], byKind)).toEqual(new Set(KINDS));
  });
});
