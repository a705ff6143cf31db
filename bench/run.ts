/**
 * `npm run bench`: builds the site at several content sizes with the site's own `astro build`
 * (Pagefind included), and beside each build a bare Astro site of as many pages (see peer.ts),
 * and prints tables of medians.
 *
 *   --sizes 1,10,100,1000   treatments per site; 1 is the real `content/` (default: all four)
 *   --runs 3                cold builds per size; the table shows medians (default 3)
 *   --no-warm               skip the warm rebuilds at the largest size
 *   --no-peer               skip the bare Astro site
 *   --profile               one more build at the largest size under `node --cpu-prof`
 *   --write                 put the tables into bench/RESULTS.md between its markers
 *   --keep                  keep the generated content and builds, and say where
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { measureDist } from './dist.ts';
import { generateContent } from './generate.ts';
import { runBuild, type BuildOptions, type BuildResult } from './measure.ts';
import { generatePeer, type Peer } from './peer.ts';
import { REPOSITORY } from '../scripts/repository.ts';
import { copyProject } from '../scripts/project-copy.ts';
import { summariseProfiles, type ProfileSummary } from './profile.ts';
import { firstQueryBytes } from './search.ts';
import {
  peerTable,
  phaseTable,
  profileTable,
  resultsTable,
  warmTable,
  wholeBuildTable,
  type SizeResult,
} from './table.ts';
import { warmRebuilds, type WarmResult } from './warm.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,100,1000' },
    runs: { type: 'string', default: '3' },
    warm: { type: 'boolean', default: true },
    peer: { type: 'boolean', default: true },
    profile: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const sizes = [...new Set(flags.sizes.split(',').map(Number))].sort((a, b) => a - b);
const runs = Number(flags.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(runs >= 1)) {
  throw new Error('Use --sizes with whole numbers such as 1,10,100 and --runs 1 or more');
}
const largest = Math.max(...sizes);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const loadBefore = os.loadavg()[0]?.toFixed(1);

// Other people's test runs share the machine: stay below them.
os.setPriority(Math.max(os.getPriority(), 10));

// Everything goes to the system's temporary folder: the generated content, a copy of the project
// to build in (see copyProject), each build's cache dir, and the CPU profile.
const work = mkdtempSync(join(os.tmpdir(), 'clinic-bench-'));
const projectDir = copyProject(join(work, 'project'));
/** A build of `contentDir` into the project copy's dist/, with a cache dir of its own. */
const buildOf = (contentDir: string, name: string): BuildOptions => ({
  projectDir,
  contentDir,
  outDir: join(projectDir, 'dist'),
  cacheDir: join(work, 'cache', name),
});

async function measureSize(size: number): Promise<{ result: SizeResult; last: BuildOptions }> {
  const contentDir = join(work, `content-${size}`);
  const counts = generateContent(contentDir, size);
  const result: SizeResult = {
    label: size === 1 ? '1x (real content)' : `${size}`,
    ...counts,
    builds: [],
    dists: [],
    firstQueryBytes: undefined,
    peerBuilds: [],
  };
  let last: BuildOptions | undefined;
  let peer: Peer | undefined;
  // Site and peer take turns, so both see the same load from the machine's other users.
  for (let run = 1; run <= runs; run++) {
    if (last) rmSync(last.cacheDir, { recursive: true, force: true });
    last = buildOf(contentDir, `size-${size}-run-${run}`);
    const build = await runBuild(last);
    const dist = measureDist(last.outDir);
    result.builds.push(build);
    result.dists.push(dist);
    log(`${size}: run ${run}/${runs}: ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
    if (!flags.peer) continue;
    peer ??= generatePeer(join(work, `peer-${size}`), build.pages, Math.round(dist.meanPageWords));
    const peerBuild = await runBuild({
      ...peer,
      outDir: join(peer.projectDir, 'dist'),
      cacheDir: join(work, 'cache', `peer-${size}-run-${run}`),
    });
    result.peerBuilds.push(peerBuild);
    result.peerWords ??= measureDist(join(peer.projectDir, 'dist')).meanPageWords;
    log(
      `${size}: peer run ${run}/${runs}: ${peerBuild.pages} pages in ${peerBuild.seconds.toFixed(1)} s`,
    );
  }
  const search = await firstQueryBytes((last as BuildOptions).outDir);
  result.firstQueryBytes = search?.bytes;
  if (search)
    log(`${size}: first query ${search.files.map((f) => `${f.path} ${f.bytes}`).join(', ')}`);
  return { result, last: last as BuildOptions };
}

async function profileLargest(contentDir: string): Promise<ProfileSummary> {
  const profileDir = join(work, 'profile');
  const build = await runBuild({
    ...buildOf(contentDir, 'profiled'),
    nodeOptions: `--cpu-prof --cpu-prof-dir=${profileDir}`,
  });
  log(`profile: ${build.pages} pages in ${build.seconds.toFixed(1)} s under --cpu-prof`);
  return summariseProfiles(profileDir, projectDir);
}

function report(
  results: SizeResult[],
  largestCold: BuildResult[],
  warm: WarmResult[],
  profile: ProfileSummary | undefined,
) {
  const cpus = os.cpus();
  const machine =
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, Node ${process.version}, ` +
    `${os.type()} ${os.release()}`;
  const sections = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}, ` +
      `load average ${loadBefore} before and ${os.loadavg()[0]?.toFixed(1)} after. ` +
      `Each figure is the median of ${runs} cold build${runs > 1 ? 's' : ''} (fresh out dir and ` +
      `cache dir), run at nice 10 on a machine shared with other test runs, so expect noise.`,
  ];
  if (flags.peer) {
    sections.push(
      'The whole build, every step included, beside a bare Astro 7 + MDX site (one layout, one MDX ' +
        'page per entry) with as many pages and about as many words a page, built in turn with the ' +
        "site so both saw the same load. The peer makes no search index, share cards or compressed copies; the last column splits the site's wall time:",
      wholeBuildTable(results),
    );
  }
  sections.push(resultsTable(results));
  if (flags.peer) {
    sections.push(
      "The pages alone: the site's time without the search index, the share cards and " +
        'precompression, beside the same peer builds; its peak includes them:',
      peerTable(results),
    );
  }
  if (warm.length > 0) {
    sections.push(
      `Warm rebuilds at ${largest === 1 ? 'the real content' : `${largest} treatments`}: the last ` +
        "cold build's cache kept, one file changed, medians of " +
        `${runs} builds for each kind of change:`,
      warmTable(largestCold, warm),
    );
  }
  sections.push(
    `Where the wall time goes at ${largest === 1 ? 'the real content' : `${largest} treatments`}` +
      (warm.length > 0 ? ', cold and after each kind of change' : '') +
      ', from when Astro prints each step:',
    phaseTable(largestCold, warm),
  );
  if (profile) {
    sections.push(
      'CPU self time of one extra build at the largest size under `node --cpu-prof` (all threads):',
      profileTable(profile.parts),
      'The functions with the most self time:',
      profileTable(profile.functions),
    );
  }
  return sections.join('\n\n');
}

const MARK_START = '<!-- bench:start -->';
const MARK_END = '<!-- bench:end -->';

/** Puts the measured tables between the markers in bench/RESULTS.md, keeping the prose around them. */
async function writeResults(markdown: string) {
  const path = join(REPOSITORY, 'bench', 'RESULTS.md');
  const current = readFileSync(path, 'utf8');
  const start = current.indexOf(MARK_START);
  const end = current.indexOf(MARK_END);
  if (start < 0 || end < start) throw new Error(`${path} needs ${MARK_START} and ${MARK_END}`);
  const next = `${current.slice(0, start + MARK_START.length)}\n\n${markdown}\n\n${current.slice(end)}`;
  const options = await resolveConfig(path);
  writeFileSync(path, await format(next, { ...options, filepath: path }));
  log(`wrote ${path}`);
}

const cleanUp = () => {
  if (flags.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  const results: SizeResult[] = [];
  let largestRun: BuildOptions | undefined;
  for (const size of sizes) {
    const { result, last } = await measureSize(size);
    results.push(result);
    if (size === largest) largestRun = last;
  }
  const largestResult = results.find((result) => result.treatments === largest) as SizeResult;
  const warm = flags.warm && largestRun ? await warmRebuilds(largestRun, runs, log) : [];
  const profile = flags.profile
    ? await profileLargest(join(work, `content-${largest}`))
    : undefined;
  const markdown = report(results, largestResult.builds, warm, profile);
  console.log(`\n${markdown}\n`);
  if (flags.write) await writeResults(markdown);
} finally {
  cleanUp();
}
