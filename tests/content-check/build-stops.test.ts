import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, projectCopy } from '../helpers/build-site';
import { tempFolder } from '../helpers/temp-folders';
import {
  blocksOf,
  contentWithMistake,
  runNpm,
  type CommandResult,
} from '../helpers/content-commands';

const outDir = join(tempFolder('dist'), 'site');

/** `astro <command>` on `contentDir`; a dev server that does not stop is stopped after a minute. */
function astro(command: 'build' | 'dev', contentDir: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      join(projectCopy(), 'node_modules', '.bin', 'astro'),
      command === 'dev' ? ['dev', '--port', '4391'] : ['build'],
      {
        cwd: projectCopy(),
        timeout: 60_000,
        env: {
          ...buildEnvironment(),
          CONTENT_DIR: contentDir,
          OUT_DIR: outDir,
          CACHE_DIR: tempFolder('cache'),
        },
      },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

let dir = '';
let check: CommandResult;

beforeAll(async () => {
  dir = contentWithMistake({
    edit: 'treatments/microneedling.mdx',
    replace: 'unit: weeks',
    with: 'unit: months',
  });
  check = await runNpm('check:content', [], dir);
});

describe.each(['build', 'dev'] as const)('astro %s with a mistake in the content', (command) => {
  let result: CommandResult;

  beforeAll(async () => {
    result = await astro(command, dir);
  });

  it('stops', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('prints the same blocks as npm run check:content', () => {
    const blocks = blocksOf(check.output);
    expect(blocks).toHaveLength(1);
    for (const { text } of blocks) expect(result.output).toContain(text);
    expect(result.output).toMatch(/There is 1 mistake in .* \(shown above\)\. Fix it/);
  });

  it('prints no stack trace and no raw data', () => {
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(result.output).not.toMatch(/"code":|\{\s*"/);
  });
});
