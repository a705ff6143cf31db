import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/content-check/check';
import { problemBlock } from '~/content-check/report';
import { contentWith } from '../helpers/build-site';
import { astroBuild } from '../helpers/content-commands';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';
import { MISTAKES } from './mistakes';

const row = (name: string) => {
  const found = MISTAKES.find((mistake) => mistake.name === name);
  if (!found) throw new Error(`No row "${name}" in the table of mistakes`);
  return found;
};

// Each build makes several mistakes at once, each in a file of its own, so two builds cover them.
const BUILDS = [
  [
    'url: javascript: in site.yaml',
    'value: 1e9 between sessions',
    "a right-to-left override pasted into a step's title",
    'a stage ending 100,000 hours after the session',
    'an SVG photo',
  ],
  [
    'a YAML alias bomb in frontmatter',
    'a ... line in site.yaml',
    'a symlinked content file',
    'a pipe where a profile should be',
  ],
];

describe('astro build agrees with the table of mistakes', () => {
  it.concurrent.each(BUILDS.map((names) => [names.join('; '), names] as const))(
    'stops with the same blocks: %s',
    async (_title, names) => {
      const dir = contentWith();
      for (const name of names) row(name).apply(dir);
      const check = checkContent(REPOSITORY, dir);
      const outDir = join(tempFolder('dist'), 'site');
      const build = await astroBuild(dir, outDir);

      expect(build.status, build.output).not.toBe(0);
      expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
      for (const name of names) {
        const { file, field } = row(name).block;
        const problem = check.problems.find(
          (found) => found.file === join(dir, file) && found.field === field,
        );
        expect(problem, name).toBeDefined();
        expect(build.output).toContain(problemBlock(problem!, 'Problem'));
      }
      expect(build.output).toContain(`There are ${check.problems.length} mistakes in`);
      expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
    },
  );
});
