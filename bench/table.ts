/** Formats the benchmark's measurements as Markdown tables. */
import type { DistSizes } from './dist.ts';
import { median } from './dist.ts';
import type { BuildResult, Phase } from './measure.ts';

export interface SizeResult {
  label: string;
  treatments: number;
  practitioners: number;
  builds: BuildResult[];
  dists: DistSizes[];
  firstQueryBytes: number | undefined;
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
  }));
}

/** Where the wall time and memory of a size's builds go, phase by phase; optionally beside warm rebuilds. */
export function phaseTable(cold: BuildResult[], warm: BuildResult[] = []): string {
  const total = med(cold, (build) => build.seconds);
  const warmPhases = medianPhases(warm);
  const withWarm = warm.length > 0;
  const head = ['phase', 'cold s', 'share', 'peak RSS MB'];
  if (withWarm) head.push('warm s (one file changed)');
  const rows = medianPhases(cold).map((phase) => [
    phase.name,
    fixed(phase.seconds, 2),
    `${fixed((phase.seconds / total) * 100, 0)}%`,
    fixed(phase.peakRssBytes / MB, 0),
    ...(withWarm ? [fixed(warmPhases.find((w) => w.name === phase.name)?.seconds ?? NaN, 2)] : []),
  ]);
  rows.push([
    'total (wall)',
    fixed(total, 2),
    '100%',
    fixed(med(cold, (build) => build.peakRssBytes) / MB, 0),
    ...(withWarm
      ? [
          fixed(
            med(warm, (build) => build.seconds),
            2,
          ),
        ]
      : []),
  ]);
  return table(head, rows);
}

/** Self time by part of the stack, from the CPU profile. */
export function profileTable(parts: { name: string; seconds: number; share: number }[]): string {
  return table(
    ['part (self time)', 's', 'share'],
    parts.map((part) => [part.name, fixed(part.seconds, 2), `${fixed(part.share * 100, 1)}%`]),
  );
}
