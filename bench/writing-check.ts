/**
 * `npm run bench:writing`: what the writing check costs the content check, in CPU seconds, at the real content and
 * at 100 treatments. Each size is checked in a fresh Node process, as `npm run check:content` is,
 * so the first run pays for building the spell checker; the second run in the same process is what
 * the preview pays on each save.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 3;

// Run in the child: the whole check twice, and the writing check alone on the same pages twice.
const MEASURE = `
// CPU time, not wall time: the machine is shared, and CPU time is what the check costs.
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const timed = (run) => { const start = cpu(); const result = run(); return [cpu() - start, result]; };
const importStart = cpu();
const { checkContent } = await import(${JSON.stringify(join(ROOT, 'src/content-check/check.ts'))});
const { writingProblems } = await import(${JSON.stringify(join(ROOT, 'src/content-check/rules/writing.ts'))});
const { readWritingLists } = await import(${JSON.stringify(join(ROOT, 'src/content-check/files/writing-lists.ts'))});
const { COLLECTIONS, readContentFolder } = await import(${JSON.stringify(join(ROOT, 'src/content-check/files/read-content.ts'))});
const dir = process.argv[1];
const imports = cpu() - importStart;

const pages = COLLECTIONS.flatMap((c) => readContentFolder(${JSON.stringify(ROOT)}, dir, c).entries)
  .filter((e) => e.frontmatter?.readable)
  .map((e) => ({ file: e.file, fields: e.frontmatter.data, yaml: e.frontmatter.yaml, body: e.body }));
const lists = readWritingLists(${JSON.stringify(ROOT)}, dir);
const settings = { readingAge: 16, words: lists.words };
const [writingCold, found] = timed(() => writingProblems(pages, settings, lists.allowed));
const [writingWarm] = timed(() => writingProblems(pages, settings, lists.allowed));
const [checkWarm, check] = timed(() => checkContent(${JSON.stringify(ROOT)}, dir));
process.stdout.write(JSON.stringify({ imports, writingCold, writingWarm, checkWarm, files: check.files,
  findings: found.problems.length + found.warnings.length }));
`;

interface Run {
  imports: number;
  writingCold: number;
  writingWarm: number;
  checkWarm: number;
  files: number;
  findings: number;
}

const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function measure(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-bench-writing-'));
  try {
    generateContent(dir, size);
    const runs: Run[] = Array.from({ length: RUNS }, () =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '--eval', MEASURE, dir], {
          cwd: ROOT,
          encoding: 'utf8',
        }),
      ),
    );
    const [first] = runs;
    const label = size === 1 ? '1 (real content)' : String(size);
    const med = (pick: (run: Run) => number) => seconds(median(runs.map(pick)));
    return `| ${label} | ${first?.files} | ${first?.findings} | ${med((r) => r.imports)} | ${med((r) => r.writingCold)} | ${med((r) => r.writingWarm)} | ${med((r) => r.checkWarm)} |`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  [
    '| Treatments | Files | Findings | Loading the check | Writing check, first run | Writing check, again | Whole content check, again |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[1, 100].map(measure),
  ].join('\n'),
);
