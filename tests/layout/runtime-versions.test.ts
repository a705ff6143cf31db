import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from '../helpers/content-fixtures';

const read = (file: string) => readFileSync(join(REPOSITORY, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string }>;
};
const engines = packageJson.engines.node;
const nvmrc = read('.nvmrc').trim();
const pinned = lock.packages['node_modules/node']?.version ?? '';
const quickStart = /## Quick start\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';

const versionOf = (text: string) => text.split('.').map(Number);
const atLeast = (version: number[], floor: number[]) =>
  (version[0] ?? 0) > (floor[0] ?? 0) ||
  ((version[0] ?? 0) === (floor[0] ?? 0) && (version[1] ?? 0) >= (floor[1] ?? 0));

/**
 * Which Node the project needs is said in four places: `engines`, `.nvmrc`, the `node` package the
 * scripts run on, and the README. They must tell one story: npm on CI's Node 20 installs the
 * project's own Node, which meets `engines`.
 */
describe('the Node versions the project names', () => {
  it('pins a Node in the lock file that meets engines, and .nvmrc names its major version', () => {
    expect(engines).toMatch(/^>=\d+\.\d+$/);
    expect(atLeast(versionOf(pinned), versionOf(engines.slice(2)))).toBe(true);
    expect(pinned.split('.')[0]).toBe(nvmrc);
    expect(packageJson.devDependencies['node']).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
  });

  it("says in the README's quick start what engines and .nvmrc say, and that npm on Node 20 will do", () => {
    expect(quickStart).toContain(`\`${engines}\``);
    expect(quickStart).toContain(`Node ${engines.slice(2)} or newer`);
    expect(quickStart).toMatch(new RegExp(`\\.nvmrc\`[^.]*Node ${nvmrc}`));
    expect(quickStart).toMatch(/npm on Node\.js 20 or newer/);
  });

  it('gives the same reason in .npmrc, where the engine warnings are quietened', () => {
    const comments = read('.npmrc');
    expect(comments).toContain(engines);
    expect(comments).toContain(`Node ${nvmrc}`);
  });
});
