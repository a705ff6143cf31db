/**
 * `npm run bench:studio`: how long an editor waits after pressing Publish in the studio, until the
 * public page shows the change, at the real content and at 100 treatments; and the studio's
 * memory at rest. Each size gets a working copy like the clinic's server has (git, the forms built,
 * the site built once), the studio started as the systemd unit starts it, and an editor who signs
 * in, saves a new summary through the forms' API and publishes it, several times over.
 *
 *   --sizes 1,100   treatments; 1 is the real `content/` (default: both)
 *   --runs 3        publishes timed per size; the table shows the median (default 3)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { portOpen } from '../src/lib/port-open.ts';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../scripts/project-copy.ts';
import { median } from './dist.ts';
import { generateContent } from './generate.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1,100' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const node = process.execPath;

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(args[0] === 'git' ? 'git' : node, args[0] === 'git' ? args.slice(1) : args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function ask(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers ?? {} },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(init.body);
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resident memory of a process, in MB, as the kernel counts it. */
const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface SizeResult {
  treatments: number;
  publishMs: number[];
  restMb: number;
  afterMb: number;
}

async function measure(treatments: number, port: number): Promise<SizeResult> {
  const repo = copyProject(mkdtempSync(join(os.tmpdir(), 'clinic-bench-studio-')));
  try {
    if (treatments !== 1) {
      rmSync(join(repo, 'content'), { recursive: true });
      generateContent(join(repo, 'content'), treatments);
    }
    run(repo, ['git', 'init', '--quiet', '--initial-branch=main']);
    run(repo, [
      'git',
      '-c',
      'core.excludesFile=/dev/null',
      'add',
      '--all',
      '--',
      '.',
      ':!node_modules',
    ]);
    run(repo, [
      'git',
      '-c',
      'user.name=Bench',
      '-c',
      'user.email=bench@clinic.invalid',
      'commit',
      '--quiet',
      '-m',
      'Bench',
    ]);
    run(repo, [
      join('node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      '--config',
      'src/studio/forms/astro.config.mjs',
    ]);
    run(repo, ['scripts/build.ts']);
    const password =
      /Password:\s+(\S+)/.exec(run(repo, ['scripts/studio-user.ts', 'add', 'Bench Editor']))?.[1] ??
      '';
    const origin = `http://127.0.0.1:${port}`;
    const studio = spawn(node, ['scripts/studio.ts'], {
      cwd: repo,
      env: {
        ...process.env,
        STUDIO_ORIGIN: origin,
        STUDIO_PORT: String(port),
        NODE_ENV: 'production',
      },
      stdio: 'ignore',
    });
    try {
      while (!(await portOpen(port))) await pause(50);
      const signIn = await ask(port, '/studio/sign-in', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'bench-editor', password }).toString(),
      });
      const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
      const restMb = residentMb(studio.pid!);
      const slug = treatments === 1 ? 'microneedling' : 'treatment-0001';
      const file = `content/treatments/${slug}.mdx`;
      const publishMs: number[] = [];
      for (let n = 1; n <= runs; n++) {
        const words = `A new summary for the bench, number ${n} of ${Date.now()}.`;
        await ask(port, '/api/keystatic/tree', { headers: { cookie, 'no-cors': '1' } });
        const text = readFileSync(join(repo, file), 'utf8').replace(
          /^summary:.*(?:\n {2}.*)*/m,
          `summary: ${words}`,
        );
        const saved = await ask(port, '/api/keystatic/update', {
          method: 'POST',
          headers: { cookie, origin, 'no-cors': '1', 'content-type': 'application/json' },
          body: JSON.stringify({
            additions: [{ path: file, contents: Buffer.from(text).toString('base64url') }],
            deletions: [],
          }),
        });
        if (saved.status !== 200)
          throw new Error(`The save was refused: ${saved.status} ${saved.body}`);
        const started = performance.now();
        const published = await ask(port, '/studio/publish', {
          method: 'POST',
          headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
          body: `message=Bench+publish+${n}`,
        });
        if (published.status !== 303) throw new Error(`Publish was refused: ${published.status}`);
        const page = join(repo, 'dist', 'treatments', slug, 'index.html');
        const shows = () => {
          try {
            return readFileSync(page, 'utf8').includes(words);
          } catch {
            return false;
          }
        };
        while (!shows()) await pause(20);
        publishMs.push(performance.now() - started);
      }
      await pause(2000);
      return { treatments, publishMs, restMb, afterMb: residentMb(studio.pid!) };
    } finally {
      studio.kill('SIGTERM');
      await new Promise((done) => studio.once('exit', done));
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
for (const [index, size] of sizes.entries()) results.push(await measure(size, 4480 + index));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(`\nPublish to public page (${runs} publishes each; ${os.cpus().length} cores)\n`);
console.log('| Treatments | Median | Each publish (s) | Studio at rest | After publishing |');
console.log('| ---: | ---: | :--- | ---: | ---: |');
for (const result of results) {
  console.log(
    `| ${result.treatments === 1 ? '1 (real content)' : result.treatments} | ${seconds(median(result.publishMs))} s | ${result.publishMs.map(seconds).join(', ')} | ${result.restMb.toFixed(0)} MB | ${result.afterMb.toFixed(0)} MB |`,
  );
}
