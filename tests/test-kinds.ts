/**
 * Which Vitest project a test file runs in, from what it needs. Nothing is listed by hand: a test
 * in a new folder runs in `pure` unless its imports say it needs more, and `tests/layout/test-kinds.test.ts`
 * holds that every test file runs in exactly one project.
 *
 * - `site`, `browser`, `server`: by folder. They read the built `dist/` (and the browser and server
 *   tests start Chromium or nginx), so they run after `npm run build`.
 * - `processes`: a test that imports something that starts whole processes (a build, the dev server,
 *   `npm run check:content`, a script, git, the studio): seconds a test, not milliseconds.
 * - `components`: a test that renders `.astro` files through Astro's Container API, or loads the
 *   Astro config; it runs with `getViteConfig`, which starts Astro (and its content check) first.
 * - `pure`: everything else, with plain Vitest and the `~/` alias: one file runs in about a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export const KINDS = ['pure', 'components', 'processes', 'site', 'browser', 'server'] as const;
export type TestKind = (typeof KINDS)[number];

const BY_FOLDER: Record<string, TestKind> = {
  site: 'site',
  browser: 'browser',
  server: 'server',
};

// What starts processes: child_process itself, the helpers that build, check or serve the site,
// the studio started for real, git in a sandbox repository, and the share cards' integration, which
// draws in a process of its own.
const STARTS_PROCESSES = [
  /\/git-sandbox(\.ts)?$/,
  /^node:child_process$/,
  /\/helpers\/(build-site|content-commands|dev-server)(\.ts)?$/,
  /\/server\/studio-under-test(\.ts)?$/,
  /^~\/share-cards\/integration$/,
];
// What needs Astro's own Vite setup: .astro files, the Container API, the config with its integrations.
const NEEDS_ASTRO = [
  /\.astro$/,
  /^~\/(components|layouts|pages)(\/|$)/,
  /^astro\/container$/,
  /\/helpers\/render(\.ts)?$/,
  /astro\.config\.mjs$/,
  /^astro:/,
];

/**
 * The modules a test file imports: its import statements, at the start of a line as Prettier writes
 * them, so an import written inside a string of test data is not taken for one.
 */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/^import\b[^;]*?['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

/** The project of the test file at `path` (relative to `tests/`, with `/`), from its folder and imports. */
export function kindOf(path: string, source: string): TestKind {
  const folder = BY_FOLDER[path.split('/')[0] ?? ''];
  if (folder) return folder;
  const imports = importsOf(source);
  if (imports.some((name) => STARTS_PROCESSES.some((pattern) => pattern.test(name))))
    return 'processes';
  if (imports.some((name) => NEEDS_ASTRO.some((pattern) => pattern.test(name))))
    return 'components';
  return 'pure';
}

/** Every test file under `tests/`, as a path relative to it; those in `fixtures/` are run by other tests. */
export function testFiles(testsDir: string): string[] {
  return readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join(posix.sep))
    .filter(
      (file) =>
        file.endsWith('.test.ts') &&
        !file.startsWith('fixtures/') &&
        !file.split('/').includes('node_modules'),
    )
    .sort();
}

/** Each kind's test files, as paths from the repository (`tests/...`). */
export function testsByKind(testsDir: string): Record<TestKind, string[]> {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, [] as string[]])) as Record<
    TestKind,
    string[]
  >;
  for (const file of testFiles(testsDir))
    byKind[kindOf(file, readFileSync(join(testsDir, file), 'utf8'))].push(`tests/${file}`);
  return byKind;
}

// Options of the Vitest command line that take the next word as their value.
const TAKES_A_VALUE =
  /^(-t|-c|-r|-w|--(project|config|root|dir|reporter|outputFile(\..+)?|testNamePattern|environment|pool|shard|maxWorkers|bail|retry|mode|tags-filter))$/;
const COMMANDS = new Set(['run', 'watch', 'dev', 'related', 'list', 'bench']);

/** The kinds whose projects a `--project` pattern (`pure`, `pure (UTC+14)`, `comp*`) names. */
function kindsNamed(pattern: string): TestKind[] {
  const wildcard = new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`,
  );
  return KINDS.filter((kind) => wildcard.test(kind) || pattern.split(' ')[0] === kind);
}

/**
 * The kinds a Vitest command line asks for, so that a run of pure tests does not wait for Astro to
 * start for the component tests: the projects named with `--project` (a kind and its zone runs),
 * else the kinds of the test files its filters match, else every kind.
 */
export function requestedKinds(args: readonly string[], byKind: Record<TestKind, string[]>) {
  const projects: string[] = [];
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [option, value] = arg.split(/=(.*)/s);
    if (option === '--project') projects.push(value ?? args[++i] ?? '');
    else if (TAKES_A_VALUE.test(arg)) i++;
    else if (!arg.startsWith('-') && !(filters.length === 0 && COMMANDS.has(arg)))
      filters.push(arg);
  }
  if (projects.length > 0) {
    const kinds = projects.map(kindsNamed);
    // A name that is no kind's is left for Vitest to report.
    return new Set(kinds.some((named) => named.length === 0) ? KINDS : kinds.flat());
  }
  const matched = KINDS.filter((kind) =>
    byKind[kind].some((file) => filters.some((filter) => file.includes(filter))),
  );
  return new Set(filters.length > 0 && matched.length > 0 ? matched : KINDS);
}
