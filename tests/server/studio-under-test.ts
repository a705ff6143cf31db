import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { portOpen } from '../../src/lib/port-open.ts';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';
import { onlyValue, readUnitFile } from '../studio/deploy/unit-file';

/** Where the unit file says the repository is on the clinic's server. */
const SERVER_REPO = '/srv/clinic/site';
const NODE = join(REPOSITORY, 'node_modules', '.bin', 'node');

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

function run(repo: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const done = spawnSync(NODE, args, {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (done.status !== 0) {
    throw new Error(`${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  }
  return done.stdout;
}

/**
 * A working copy of the project as the clinic's server has it: a git repository with one commit by
 * a developer, the forms built, the public site built once into `dist`, and one account. nginx's
 * workers read the site as another user, so the folders are open to read.
 */
export function studioRepository(): { repo: string; dataDir: string; password: string } {
  const repo = copyProject(tempFolder('studio-repo'));
  chmodSync(repo, 0o755);
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'Developer');
  git(repo, 'config', 'user.email', 'developer@clinic.invalid');
  // The copy's node_modules is a link, which a `node_modules/` line in .gitignore does not match.
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '--message', 'The site as the developers left it');
  const dataDir = join(repo, '.studio');
  run(
    repo,
    [
      join('node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      '--config',
      'src/studio/forms/astro.config.mjs',
    ],
    {
      STUDIO_DATA: dataDir,
    },
  );
  run(repo, ['scripts/build.ts'], { OUT_DIR: join(repo, 'dist') });
  return { repo, dataDir, password: addAccount(repo, dataDir, 'Sam Taylor') };
}

/** Makes an account with `npm run studio:user`'s script and gives its password. */
export function addAccount(repo: string, dataDir: string, name: string): string {
  const printed = run(repo, ['scripts/studio-user.ts', 'add', name], { STUDIO_DATA: dataDir });
  const password = /Password:\s+(\S+)/.exec(printed)?.[1];
  if (password === undefined) throw new Error(`No password in:\n${printed}`);
  return password;
}

export interface RunningStudio {
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the studio by the command and settings of deploy/clinic-studio.service, with the server's
 * paths pointed at `repo` and the test's own settings on top.
 */
export async function startStudioAsUnit(
  repo: string,
  settings: Record<string, string>,
): Promise<RunningStudio> {
  const unit = readUnitFile(
    readFileSync(join(REPOSITORY, 'deploy', 'clinic-studio.service'), 'utf8'),
  );
  const here = (text: string) => text.replaceAll(SERVER_REPO, repo);
  const [command, ...args] = here(onlyValue(unit, 'Service', 'ExecStart')).split(' ');
  const env: NodeJS.ProcessEnv = { HOME: process.env['HOME'] };
  for (const setting of unit.get('Service')?.get('Environment') ?? []) {
    const equals = setting.indexOf('=');
    env[setting.slice(0, equals)] = here(setting.slice(equals + 1));
  }
  Object.assign(env, settings);
  const cwd = here(onlyValue(unit, 'Service', 'WorkingDirectory'));
  const child = spawn(command!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const port = Number(env['STUDIO_PORT']);
  while (child.exitCode === null && !(await portOpen(port))) {
    await new Promise((wait) => setTimeout(wait, 50));
  }
  if (child.exitCode !== null) throw new Error(`The studio did not start:\n${output}`);
  return {
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export { git };

/**
 * A request to Keystatic's API as the forms send it: with its own `no-cors` header, and a save as
 * JSON. `body` is sent as it is when it is text, so a test can send what no form would.
 */
export function keystaticCall(
  cookie: string,
  origin: string,
  body?: unknown,
): { method: string; headers: Record<string, string>; body?: string } {
  const headers: Record<string, string> = { cookie, origin, 'no-cors': '1' };
  if (body === undefined) return { method: 'GET', headers };
  return {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
