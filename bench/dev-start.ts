/**
 * `npm run bench:dev`: starts `npm run dev` on the real content several times and times how long
 * the home page takes to come back, fully rendered, from when the process starts. It also asks for
 * the editor's forms at /keystatic, which must still be there, and prints the CPU seconds the
 * preview used until its first page and the load average beside the wall times.
 *
 *   --runs 5   starts of the preview (default 5); the first may also fill Vite's cache
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../scripts/project-copy.ts';
import { median } from './dist.ts';
import { buildEnvironment } from './measure.ts';
import { freePort } from '../src/lib/port-open.ts';

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(flags.runs);
if (!(runs >= 1)) throw new Error('Use --runs 1 or more');

/** CPU seconds of a process and the children it has waited for, from /proc. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number);
  return fields.reduce((sum, ticks) => sum + ticks, 0) / 100;
}

async function status(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await response.text();
    return response.status;
  } catch {
    return undefined;
  }
}

const work = mkdtempSync(join(os.tmpdir(), 'clinic-dev-start-'));
const project = copyProject(join(work, 'project'));
const ASTRO = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');

interface StartResult {
  seconds: number;
  cpu: number;
  forms: number | undefined;
  load: number;
}

/** One start of the preview: seconds to the first page, CPU seconds by then, and the forms' status. */
async function start(): Promise<StartResult> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const load = os.loadavg()[0] ?? NaN;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: project,
      env: buildEnvironment({
        projectDir: project,
        contentDir: join(project, 'content'),
        outDir: join(project, 'dist'),
        cacheDir: join(project, '.cache'),
      }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The preview stopped:\n${output}`);
      if ((await status(`${origin}/`)) === 200) break;
      if (performance.now() - started > 120_000)
        throw new Error(`No page in 2 minutes:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(child.pid as number);
    const forms = await status(`${origin}/keystatic`);
    return { seconds, cpu, forms, load };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}

try {
  const results: StartResult[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await start();
    results.push(result);
    process.stderr.write(
      `[bench:dev] run ${run}/${runs}: first page in ${result.seconds.toFixed(2)} s, ` +
        `${result.cpu.toFixed(2)} CPU s, forms ${result.forms}, load ${result.load.toFixed(1)}\n`,
    );
  }
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const pick = (value: (result: StartResult) => number) => results.map(value);
  console.log(
    [
      line(['', 'median', 'each start']),
      line(['---', '---', '---']),
      ...(
        [
          ['first page, wall s', pick((r) => r.seconds)],
          ['CPU s until then', pick((r) => r.cpu)],
          ['load average (1 min)', pick((r) => r.load)],
        ] as const
      ).map(([name, values]) =>
        line([name, median([...values]).toFixed(2), values.map((v) => v.toFixed(2)).join(', ')]),
      ),
      line(['forms at /keystatic', '', results.map((r) => String(r.forms)).join(', ')]),
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
