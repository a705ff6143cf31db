import { execFile, type ExecFileException } from 'node:child_process';

/** What a finished git command wrote, and the exit code it ended with. */
export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface GitOptions {
  /** Exit codes that answer a question (such as 1 from `diff --quiet`) rather than report a failure. */
  okExitCodes?: readonly number[];
  /** Variables added to the environment, such as the author of a commit. */
  env?: Readonly<Record<string, string>>;
  /** Text written to the command's standard input. */
  input?: string;
  timeoutMs?: number;
  /** Reads the output one character per byte, for output that gives sizes in bytes. */
  bytes?: boolean;
}

/** A git command that failed, with git's own words. */
export class GitError extends Error {
  readonly exitCode: number | undefined;
  readonly stderr: string;
  /** Whether git was stopped for running longer than its time allowed. */
  readonly timedOut: boolean;

  constructor(failure: {
    args: readonly string[];
    exitCode: number | undefined;
    stderr: string;
    timedOut: boolean;
    why?: string | undefined;
  }) {
    const said = failure.stderr.trim().split('\n').slice(0, 3).join('\n');
    const why = failure.why ? ` (${failure.why})` : '';
    super(`git ${failure.args[0] ?? ''} failed${why}${said ? `: ${said}` : ''}`);
    this.name = 'GitError';
    this.exitCode = failure.exitCode;
    this.stderr = failure.stderr;
    this.timedOut = failure.timedOut;
  }
}

// Variables that would point git at another repository, index or work tree than the one asked for,
// such as those a git hook passes on to the programs it runs.
const REDIRECTING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
];

function environment(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REDIRECTING) delete env[name];
  return {
    ...env,
    // A server has no one to type a password; a question would wait for ever.
    GIT_TERMINAL_PROMPT: '0',
    // Paths come from editors: `*` or `:` in one is a character, not a pattern.
    GIT_LITERAL_PATHSPECS: '1',
    // git's messages are shown to editors as they are, so they are in English whatever the locale.
    LC_ALL: 'C',
    ...extra,
  };
}

// Settings that change what git prints, which the parsing here relies on.
const OUTPUT_SETTINGS = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false'];

/** The most any command here may print: a history of some thousand publishes, or a photo from content/. */
const MOST_OUTPUT = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT = 60_000;

/** Why git ended without an exit code of its own, if it did. */
function stopped(error: ExecFileException, timeout: number) {
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
    return { timedOut: false, why: `it printed more than ${MOST_OUTPUT / 1024 / 1024} MB` };
  if (error.code === 'ENOENT')
    return { timedOut: false, why: 'git is not installed, or not on PATH' };
  if (error.killed) return { timedOut: true, why: `stopped after ${timeout / 1000} s` };
  return { timedOut: false, why: typeof error.code === 'number' ? undefined : error.message };
}

/**
 * Runs git in `repo` with the arguments as they are (no shell), and resolves with its output;
 * rejects with a GitError when it exits with a code not in `okExitCodes`, runs too long or prints
 * too much.
 */
export function runGit(
  repo: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<GitResult> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT;
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...OUTPUT_SETTINGS, ...args],
      {
        cwd: repo,
        env: environment(options.env),
        encoding: options.bytes ? 'latin1' : 'utf8',
        maxBuffer: MOST_OUTPUT,
        timeout,
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr, exitCode: 0 });
        const code = typeof error.code === 'number' ? error.code : undefined;
        if (code !== undefined && options.okExitCodes?.includes(code))
          return resolve({ stdout, stderr, exitCode: code });
        reject(new GitError({ args, exitCode: code, stderr, ...stopped(error, timeout) }));
      },
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/** The NUL-separated fields git prints with `-z`, without the empty one after the last NUL. */
export function zeroSeparated(output: string): string[] {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}
