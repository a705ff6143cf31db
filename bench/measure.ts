/**
 * Runs one `astro build` (the site's own build, Pagefind included) and measures it: wall time, peak
 * memory of the process tree, and the time of each phase from when Astro's log lines arrive.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPOSITORY } from '../scripts/repository.ts';

const ASTRO = join(REPOSITORY, 'node_modules', 'astro', 'bin', 'astro.mjs');
const POLL_MS = 50;
const TREE_EVERY = 10;

// Variables a test runner (or a profiling shell) sets for its own process; a build must not inherit them.
const TEST_ONLY =
  /^(VITEST.*|TEST|NODE_ENV|NODE_OPTIONS|MODE|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/;

export interface BuildOptions {
  /** The project copy to build in; see `copyProject`. */
  projectDir: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Extra Node flags for the build, such as `--cpu-prof`. */
  nodeOptions?: string;
}

/** A stretch of the build between two of Astro's log lines. */
export interface Phase {
  name: string;
  seconds: number;
  /** The most memory the build's processes held together during the phase. */
  peakRssBytes: number;
  /** CPU seconds of the build's own Node process (all its threads) during the phase. */
  ownCpuSeconds: number;
}

export interface BuildResult {
  seconds: number;
  /** From Astro's "N page(s) built" line; it counts robots.txt too. */
  pages: number;
  /** Pages an incremental build copied from its cache instead of rendering. */
  reusedPages: number;
  peakRssBytes: number;
  /** CPU seconds of the build's processes, read last about 50 ms before it ended. */
  cpuSeconds: number;
  /** CPU seconds of the processes Node started (Pagefind's binary), included in `cpuSeconds`. */
  childCpuSeconds: number;
  pagefindSeconds: number;
  /**
   * Wall and CPU seconds of the steps that make output a bare Astro site does not (Pagefind, the
   * share cards, precompression), so the site can be set beside one without them.
   */
  extraOutputSeconds: number;
  extraOutputCpuSeconds: number;
  phases: Phase[];
}

/** The phases that write output a bare Astro site does not make. */
export const EXTRA_OUTPUT_PHASES = ['Pagefind', 'share cards', 'precompression'];

/**
 * The log line that opens each phase, in the order Astro prints them; the build starts with Node
 * starting and Astro loading its config. The Pagefind integration runs after the sitemap's in
 * `astro:build:done`, so the time from the sitemap's line to Pagefind's own is indexing; the share
 * cards and then precompression follow it in the same hook.
 */
const FIRST_PHASE = 'start-up and config';
const MARKS: [name: string, line: RegExp][] = [
  ['content layer sync', /\[content\] Syncing content/],
  ['types and build setup', /\[content\] Synced content/],
  ['Vite: server bundle (MDX compile)', /Building static entrypoints/],
  ['Vite: client bundle', /\[vite\] ✓ built in/],
  ['prepare prerender', /\[vite\] ✓ built in/],
  ['render pages', /generating static routes/],
  ['sitemap', /✓ Completed in/],
  ['Pagefind', /\[@astrojs\/sitemap\]/],
  ['share cards', /\[pagefind\] Indexed/],
  ['precompression', /\[share-cards\]/],
  ['finish', /\[precompress-cache\]/],
];

/** `root` and every process below it, from the parent ids in /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/** Resident memory of the processes together, in bytes. */
function residentBytes(pids: number[]): number {
  let bytes = 0;
  for (const pid of pids) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      bytes += Number(kb ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return bytes;
}

/**
 * CPU seconds the process has used with its threads (`own`), and with the children it has waited
 * for too (Pagefind's binary), from /proc in clock ticks of 1/100 s. Unlike wall time, it hardly
 * grows when other people's builds share the cores.
 */
function cpuSeconds(pid: number): { own: number; total: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime and cstime are fields 14 to 17 of the line, 12 to 15 after the name.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as number[];
    const own = ((utime ?? 0) + (stime ?? 0)) / 100;
    return { own, total: own + ((cutime ?? 0) + (cstime ?? 0)) / 100 };
  } catch {
    return undefined;
  }
}

/** The environment a shell would give the build, without test-runner variables. */
export function buildEnvironment(options: BuildOptions): NodeJS.ProcessEnv {
  const clean = Object.entries(process.env).filter(([name]) => !TEST_ONLY.test(name));
  return {
    ...Object.fromEntries(clean),
    NO_COLOR: '1',
    CONTENT_DIR: options.contentDir,
    OUT_DIR: options.outDir,
    CACHE_DIR: options.cacheDir,
    ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}),
  };
}

interface Sample {
  at: number;
  bytes: number;
  /** The Node process's own CPU seconds so far. */
  ownCpu: number;
}

/** The Node process's own CPU seconds at `at`, from the last sample taken by then. */
function ownCpuAt(samples: Sample[], at: number): number {
  return samples.findLast((sample) => sample.at <= at)?.ownCpu ?? 0;
}

/** Phase durations from when the marking lines arrived; a phase whose line never came joins the one before. */
function phasesFrom(lines: { at: number; text: string }[], memory: Sample[], end: number): Phase[] {
  const starts = [{ name: FIRST_PHASE, at: 0 }];
  let from = 0;
  for (const [name, pattern] of MARKS) {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line.text));
    const line = lines[index];
    if (!line) continue;
    starts.push({ name, at: line.at });
    from = index + 1;
  }
  return starts.map(({ name, at }, i) => {
    const until = starts[i + 1]?.at ?? end;
    const during = memory.filter((sample) => sample.at >= at && sample.at < until);
    return {
      name,
      seconds: (until - at) / 1000,
      peakRssBytes: during.length > 0 ? Math.max(...during.map((sample) => sample.bytes)) : NaN,
      ownCpuSeconds: ownCpuAt(memory, until) - ownCpuAt(memory, at),
    };
  });
}

/** Runs `astro build` once; rejects with the log if it fails. */
export function runBuild(options: BuildOptions): Promise<BuildResult> {
  // Astro empties the out dir first, which takes seconds after a large build; start every build
  // from none so cold and warm builds do the same work.
  rmSync(options.outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    cwd: options.projectDir,
    env: buildEnvironment(options),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the benchmark is stopped, the build stops with it.
  const stop = () => child.kill();
  process.once('exit', stop);
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ at: performance.now() - started, text: text.trim() });
    });
  }
  // Reading all of /proc takes a millisecond or two, so the tree is found again only every
  // TREE_EVERY polls; the build's own processes (Node, then Pagefind's binary) live for seconds.
  const memory: Sample[] = [];
  let tree: number[] = [];
  let polls = 0;
  let cpu = NaN;
  let ownCpu = 0;
  const childCpu = new Map<number, number>();
  const poll = setInterval(() => {
    if (!child.pid) return;
    if (polls++ % TREE_EVERY === 0) tree = processTree(child.pid);
    const used = cpuSeconds(child.pid);
    cpu = used?.total ?? cpu;
    ownCpu = used?.own ?? ownCpu;
    memory.push({ at: performance.now() - started, bytes: residentBytes(tree), ownCpu });
    for (const pid of tree.slice(1))
      childCpu.set(pid, cpuSeconds(pid)?.total ?? childCpu.get(pid) ?? 0);
  }, POLL_MS);

  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      process.off('exit', stop);
      const end = performance.now() - started;
      const log = lines.map((line) => line.text).join('\n');
      if (code !== 0) return fail(new Error(`astro build exited with ${code}:\n${log}`));
      const phases = phasesFrom(lines, memory, end);
      const extra = phases.filter((phase) => EXTRA_OUTPUT_PHASES.includes(phase.name));
      const childCpuSeconds = [...childCpu.values()].reduce((sum, seconds) => sum + seconds, 0);
      done({
        seconds: end / 1000,
        pages: Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? NaN),
        reusedPages: lines.filter((line) => /\((restored|cached)\)$/.test(line.text)).length,
        peakRssBytes: Math.max(0, ...memory.map((sample) => sample.bytes)),
        cpuSeconds: cpu,
        childCpuSeconds,
        pagefindSeconds: phases.find((phase) => phase.name === 'Pagefind')?.seconds ?? NaN,
        extraOutputSeconds: extra.reduce((sum, phase) => sum + phase.seconds, 0),
        extraOutputCpuSeconds:
          childCpuSeconds + extra.reduce((sum, phase) => sum + phase.ownCpuSeconds, 0),
        phases,
      });
    });
  });
}
