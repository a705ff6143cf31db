import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnvironment, contentWith, projectCopy } from './build-site';
import { tempFolder } from './temp-folders';
import { REPOSITORY } from './content-fixtures';

export interface CommandResult {
  status: number;
  /** What the editor sees: standard output and standard error together. */
  output: string;
}

/** Runs `npm run <script> -- <args>` on `contentDir`, as an editor would on `content/`. */
export function runNpm(script: string, args: string[], contentDir: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      { cwd: REPOSITORY, env: { ...buildEnvironment(), CONTENT_DIR: contentDir } },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

/**
 * `astro build` on `contentDir` into `outDir`, with a cache of its own, as an editor's content
 * meets the build. The time limit is far more than a build needs: a build that hangs fails.
 */
export function astroBuild(
  contentDir: string,
  outDir = join(tempFolder('dist'), 'site'),
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      join(projectCopy(), 'node_modules', '.bin', 'astro'),
      ['build'],
      {
        cwd: projectCopy(),
        timeout: 90_000,
        env: {
          ...buildEnvironment(),
          NO_COLOR: '1',
          CONTENT_DIR: contentDir,
          OUT_DIR: outDir,
          CACHE_DIR: tempFolder('cache'),
        },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** One editor's mistake, written as a change to the real content so the fixture stays real. */
export type Mistake =
  | { edit: string; replace: string; with: string }
  | { copy: string; to: string }
  | { remove: string };

/** A throwaway copy of `content/` with one mistake in it. */
export function contentWithMistake(mistake: Mistake): string {
  const dir = contentWith();
  if ('edit' in mistake) {
    const path = join(dir, mistake.edit);
    const text = readFileSync(path, 'utf8');
    // Exactly one match, so a change to the real content fails here rather than testing nothing.
    if (text.split(mistake.replace).length !== 2) {
      throw new Error(`"${mistake.replace}" is not in ${mistake.edit} exactly once`);
    }
    writeFileSync(path, text.replace(mistake.replace, mistake.with));
  } else if ('copy' in mistake) {
    cpSync(join(dir, mistake.copy), join(dir, mistake.to));
  } else {
    rmSync(join(dir, mistake.remove));
  }
  return dir;
}

export interface ProblemBlock {
  /** The block's first line: the file, and the line in it when known. */
  where: string;
  field: string;
  kind: 'Problem' | 'Warning';
  text: string;
}

/** The blocks of a content check's output, in order. */
export function blocksOf(output: string): ProblemBlock[] {
  return output.split(/\n\s*\n/).flatMap((text) => {
    const [where = '', ...rest] = text.trim().split('\n');
    const field = /^\s+Field:\s+(.*)$/m.exec(text)?.[1];
    const kind = /^\s+(Problem|Warning):/m.exec(text)?.[1];
    if (field === undefined || (kind !== 'Problem' && kind !== 'Warning')) return [];
    return [{ where, field, kind, text: [where, ...rest].join('\n') }];
  });
}
