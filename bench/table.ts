/** Formats the benchmark's measurements as Markdown tables. */
import type { DistSizes } from './dist.ts';
import { median } from './dist.ts';
import type { BuildResult, Phase } from './measure.ts';
import type { WarmResult } from './warm.ts';

export interface SizeResult {
  label: string;
  treatments: number;
  practitioners: number;
  builds: BuildResult[];
  dists: DistSizes[];
  firstQueryBytes: number | undefined;
  /** Builds of the bare Astro site with as many pages, each straight after one of `builds`. */
  peerBuilds: BuildResult[];
  peerWords?: number;
}

const MB = 1024 * 1024;
const fixed = (value: number, digits: number) =>
  Number.isNaN(value) ? '–' : value.toFixed(digits);
const med = <T>(items: T[], pick: (item: T) => number) => median(items.map(pick));

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: string[], rows: string[][]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

/** The main table: one row per size, each figure the median of the runs. */
export function resultsTable(results: SizeResult[]): string {
  const head = [
    'site',
    'treatments',
    'practitioners',
    'pages',
    'build s (min–max)',
    'ms/page',
    'peak RSS MB',
    'Pagefind index MB',
    'Pagefind s',
    'dist MB',
    'median page HTML+CSS gz KB',
    'first query KB',
  ];
  const rows = results.map((result) => {
    const seconds = result.builds.map((build) => build.seconds);
    const pages = med(result.builds, (build) => build.pages);
    const buildSeconds = median(seconds);
    return [
      result.label,
      String(result.treatments),
      String(result.practitioners),
      String(pages),
      `${fixed(buildSeconds, 1)} (${fixed(Math.min(...seconds), 1)}–${fixed(Math.max(...seconds), 1)})`,
      fixed((buildSeconds * 1000) / pages, 1),
      fixed(med(result.builds, (build) => build.peakRssBytes) / MB, 0),
      fixed(med(result.dists, (dist) => dist.pagefindBytes) / MB, 2),
      fixed(
        med(result.builds, (build) => build.pagefindSeconds),
        2,
      ),
      fixed(med(result.dists, (dist) => dist.distBytes) / MB, 1),
      fixed(med(result.dists, (dist) => dist.medianPageGzipBytes) / 1024, 1),
      result.firstQueryBytes === undefined ? '–' : fixed(result.firstQueryBytes / 1024, 1),
    ];
  });
  return table(head, rows);
}

/** Median time and memory of each phase over several builds, in the order of the first build. */
function medianPhases(builds: BuildResult[]): Phase[] {
  const names = builds[0]?.phases.map((phase) => phase.name) ?? [];
  const of = (build: BuildResult, name: string) =>
    build.phases.find((phase) => phase.name === name);
  return names.map((name) => ({
    name,
    seconds: med(builds, (build) => of(build, name)?.seconds ?? NaN),
    peakRssBytes: med(builds, (build) => of(build, name)?.peakRssBytes ?? NaN),
    ownCpuSeconds: med(builds, (build) => of(build, name)?.ownCpuSeconds ?? NaN),
  }));
}

/** Where the wall time and memory of a size's builds go, phase by phase; optionally beside warm rebuilds. */
export function phaseTable(cold: BuildResult[], warm: WarmResult[] = []): string {
  const total = med(cold, (build) => build.seconds);
  const warmPhases = warm.map(({ builds }) => medianPhases(builds));
  const head = [
    'phase',
    'cold s',
    'share',
    'peak RSS MB',
    ...warm.map(({ change }) => `warm s: ${change}`),
  ];
  const rows = medianPhases(cold).map((phase) => [
    phase.name,
    fixed(phase.seconds, 2),
    `${fixed((phase.seconds / total) * 100, 0)}%`,
    fixed(phase.peakRssBytes / MB, 0),
    ...warmPhases.map((phases) =>
      fixed(phases.find((w) => w.name === phase.name)?.seconds ?? NaN, 2),
    ),
  ]);
  rows.push([
    'total (wall)',
    fixed(total, 2),
    '100%',
    fixed(med(cold, (build) => build.peakRssBytes) / MB, 0),
    ...warm.map(({ builds }) =>
      fixed(
        med(builds, (build) => build.seconds),
        2,
      ),
    ),
  ]);
  return table(head, rows);
}

/** Each kind of change: the warm rebuild's time against the cold build's, and pages rendered. */
export function warmTable(cold: BuildResult[], warm: WarmResult[]): string {
  const coldSeconds = med(cold, (build) => build.seconds);
  const coldCpu = med(cold, (build) => build.cpuSeconds);
  const rows = warm.map(({ change, builds }) => {
    const seconds = builds.map((build) => build.seconds);
    const warmSeconds = median(seconds);
    const warmCpu = med(builds, (build) => build.cpuSeconds);
    return [
      change,
      `${fixed(warmSeconds, 1)} (${fixed(Math.min(...seconds), 1)}–${fixed(Math.max(...seconds), 1)})`,
      fixed(coldSeconds, 1),
      fixed(warmSeconds / coldSeconds, 2),
      `${fixed(warmCpu, 1)}, ${fixed(coldCpu, 1)}`,
      fixed(warmCpu / coldCpu, 2),
      String(med(builds, (build) => build.pages - build.reusedPages)),
      String(med(builds, (build) => build.reusedPages)),
      fixed(med(builds, (build) => build.peakRssBytes) / MB, 0),
    ];
  });
  const head = [
    'change',
    'warm s (min–max)',
    'cold s',
    'warm ÷ cold',
    'CPU s: warm, cold',
    'CPU warm ÷ cold',
    'pages rendered',
    'pages copied',
    'peak RSS MB',
  ];
  return table(head, rows);
}

/** `median (min–max)` of the values, to `digits` places. */
function spreadOf(values: number[], digits: number): string {
  return `${fixed(median(values), digits)} (${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)})`;
}

/**
 * The headline: the whole build, every step included, beside the bare Astro site, which makes no
 * search index, share cards or compressed copies. Each ratio is the median of each site build over
 * the peer build right after it; the pages-only ratio leaves those three steps out of the site's
 * side. The split says where the site's wall time went.
 */
export function wholeBuildTable(results: SizeResult[]): string {
  const head = [
    'site',
    'pages',
    'whole build wall s: site, peer',
    'wall site ÷ peer, each pair: median (min–max)',
    'whole build CPU s: site, peer',
    'CPU site ÷ peer, each pair: median (min–max)',
    'pages only: CPU site ÷ peer, each pair',
    'site wall s: pages, search, cards, compression',
  ];
  const rows = results
    .filter((result) => result.peerBuilds.length > 0)
    .map(({ label, builds, peerBuilds }) => {
      const pairs = (value: (build: BuildResult) => number) =>
        peerBuilds.map((peer, i) => value(builds[i] as BuildResult) / value(peer));
      const pagesOnly = peerBuilds.map(
        (peer, i) =>
          ((builds[i] as BuildResult).cpuSeconds -
            (builds[i] as BuildResult).extraOutputCpuSeconds) /
          peer.cpuSeconds,
      );
      const step = (name: string) =>
        med(builds, (build) => build.phases.find((phase) => phase.name === name)?.seconds ?? 0);
      const pages = med(builds, (build) => build.seconds - build.extraOutputSeconds);
      return [
        label,
        String(med(builds, (build) => build.pages)),
        `${fixed(
          med(builds, (build) => build.seconds),
          1,
        )}, ${fixed(
          med(peerBuilds, (build) => build.seconds),
          1,
        )}`,
        spreadOf(
          pairs((build) => build.seconds),
          2,
        ),
        `${fixed(
          med(builds, (build) => build.cpuSeconds),
          1,
        )}, ${fixed(
          med(peerBuilds, (build) => build.cpuSeconds),
          1,
        )}`,
        spreadOf(
          pairs((build) => build.cpuSeconds),
          2,
        ),
        spreadOf(pagesOnly, 2),
        [pages, step('Pagefind'), step('share cards'), step('precompression')]
          .map((seconds) => fixed(seconds, 1))
          .join(', '),
      ];
    });
  return table(head, rows);
}

/**
 * The site beside the bare Astro site: wall and CPU time per page without the output the peer does
 * not make (Pagefind, share cards, precompression), and peak memory with everything.
 */
export function peerTable(results: SizeResult[]): string {
  const head = [
    'site',
    'pages',
    'words a page: site, peer',
    'wall s without search, cards, compression: site (min–max)',
    'peer (min–max)',
    'wall ms/page: site, peer',
    'site ÷ peer',
    'CPU ms/page: site, peer',
    'site ÷ peer',
    'CPU site ÷ peer, each pair of runs: median (min–max)',
    'peak MB: site, peer',
    'site ÷ peer',
  ];
  const spread = (values: number[]) =>
    `${fixed(median(values), 1)} (${fixed(Math.min(...values), 1)}–${fixed(Math.max(...values), 1)})`;
  const rows = results
    .filter((result) => result.peerBuilds.length > 0)
    .map((result) => {
      const { builds, peerBuilds } = result;
      const siteWall = builds.map((build) => build.seconds - build.extraOutputSeconds);
      const peerWall = peerBuilds.map((build) => build.seconds);
      const pages = med(builds, (build) => build.pages);
      const perPage = (seconds: number) => (seconds * 1000) / pages;
      const wall = [perPage(median(siteWall)), perPage(median(peerWall))] as const;
      // Each site build and the peer build after it saw about the same load from the machine's
      // other users, so their ratio drifts less than the ratio of two medians when the load changes.
      const siteCpu = (build: BuildResult) => build.cpuSeconds - build.extraOutputCpuSeconds;
      const pairs = peerBuilds.map(
        (peer, i) => siteCpu(builds[i] as BuildResult) / peer.cpuSeconds,
      );
      const cpu = [
        perPage(med(builds, siteCpu)),
        perPage(med(peerBuilds, (build) => build.cpuSeconds)),
      ] as const;
      const peak = [
        med(builds, (build) => build.peakRssBytes) / MB,
        med(peerBuilds, (build) => build.peakRssBytes) / MB,
      ] as const;
      return [
        result.label,
        `${pages}, ${med(peerBuilds, (build) => build.pages)}`,
        `${fixed(
          med(result.dists, (dist) => dist.meanPageWords),
          0,
        )}, ${fixed(result.peerWords ?? NaN, 0)}`,
        spread(siteWall),
        spread(peerWall),
        `${fixed(wall[0], 1)}, ${fixed(wall[1], 1)}`,
        fixed(wall[0] / wall[1], 2),
        `${fixed(cpu[0], 1)}, ${fixed(cpu[1], 1)}`,
        fixed(cpu[0] / cpu[1], 2),
        `${fixed(median(pairs), 2)} (${fixed(Math.min(...pairs), 2)}–${fixed(Math.max(...pairs), 2)})`,
        `${fixed(peak[0], 0)}, ${fixed(peak[1], 0)}`,
        fixed(peak[0] / peak[1], 2),
      ];
    });
  return table(head, rows);
}

/** Self time by part of the stack, from the CPU profile. */
export function profileTable(parts: { name: string; seconds: number; share: number }[]): string {
  return table(
    ['part (self time)', 's', 'share'],
    parts.map((part) => [part.name, fixed(part.seconds, 2), `${fixed(part.share * 100, 1)}%`]),
  );
}
