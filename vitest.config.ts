import { fileURLToPath } from 'node:url';
import type { getViteConfig } from 'astro/config';
import { defineConfig, mergeConfig, type UserProjectConfigFn } from 'vitest/config';
import FilesInterleaved from './tests/files-interleaved.ts';
import { KINDS, requestedKinds, testsByKind, type TestKind } from './tests/test-kinds.ts';

// Each test file's project follows from what it needs (tests/test-kinds.ts); nothing here lists a
// test or a folder of tests, so a test in a new folder always runs.
const byKind = testsByKind(fileURLToPath(new URL('./tests', import.meta.url)));
// Only the projects a command asks for are set up: `vitest run tests/lib/lists.test.ts` does not
// wait for Astro to start for the component tests.
const wanted = requestedKinds(process.argv.slice(2), byKind);
const only = <T>(kind: TestKind, projects: T[]) => (wanted.has(kind) ? projects : []);
const ALL = ['tests/**/*.test.ts'];
const FOLDERS: Partial<Record<TestKind, string[]>> = {
  site: ['tests/site/**'],
  browser: ['tests/browser/**'],
  server: ['tests/server/**'],
};
/** Every test file that is not of `kind`: a project takes all tests but these. */
const notOf = (kind: TestKind) => [
  // Test files that other tests run in a Vitest of their own.
  'tests/fixtures/**',
  ...KINDS.filter((other) => other !== kind).flatMap((other) => [
    ...(FOLDERS[other] ?? []),
    ...byKind[other],
  ]),
];

// Dates must not move with the device's zone: the date logic runs again in the zones furthest east and west.
const ZONE_SENSITIVE = [
  'tests/lib/**/*.test.ts',
  'tests/planner/**/*.test.ts',
  'tests/contact/**/*.test.ts',
  'tests/calendar/**/*.test.ts',
  'tests/components/**/*.test.ts',
];
const ZONES = [
  ['UTC+14', 'Pacific/Kiritimati'],
  ['UTC-11', 'Pacific/Pago_Pago'],
] as const;

const SHARED_BUILDS = 'tests/helpers/shared-builds-setup.ts';

const TIMEOUTS = {
  // Tests that build a site or start a browser take seconds, not milliseconds.
  testTimeout: 120_000,
  hookTimeout: 180_000,
  // A page in a busy browser can take seconds to answer, more than the one second polls allow.
  expect: { poll: { timeout: 15_000 } },
};

/** A project of plain Vitest: no Astro, so it starts in a second. */
const plain = (
  name: string,
  kind: TestKind,
  test: { include?: string[]; [option: string]: unknown } = {},
) => ({
  extends: true,
  test: { name, include: ALL, exclude: notOf(kind), ...test },
});

/**
 * The component tests render `.astro` files through Astro's Container API, which needs Astro's own
 * Vite setup: `getViteConfig` loads `astro.config.mjs` and runs its integrations first, once for
 * the three runs of them. Astro is imported only then: loading it takes seconds, which a run of
 * pure tests alone never waits for.
 */
let astroVite: ReturnType<ReturnType<typeof getViteConfig>> | undefined;
const withAstro =
  (name: string, include: string[], env = {}): UserProjectConfigFn =>
  async (configEnv) =>
    mergeConfig(
      await (astroVite ??= import('astro/config').then(({ getViteConfig }) =>
        getViteConfig({})(configEnv),
      )),
      {
        test: {
          ...TIMEOUTS,
          name,
          include,
          exclude: notOf('components'),
          env,
          environment: 'node',
        },
      },
    );

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    ...TIMEOUTS,
    // Most time goes to builds, git, scripts and browsers in processes of their own, so two test
    // files run at once even on two cores (Vitest's default there is one), taken from the projects
    // in turn: a browser file beside a build, not beside another browser file.
    maxWorkers: 2,
    sequence: { sequencer: FilesInterleaved },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      ...only('pure', [
        plain('pure', 'pure'),
        ...ZONES.map(([zone, tz]) =>
          plain(`pure (${zone})`, 'pure', { include: ZONE_SENSITIVE, env: { TZ: tz } }),
        ),
      ]),
      ...only('components', [
        withAstro('components', ALL),
        ...ZONES.map(([zone, tz]) => withAstro(`components (${zone})`, ZONE_SENSITIVE, { TZ: tz })),
      ]),
      // A test that publishes through the studio runs several builds, and each waits up to five
      // minutes for its jobs: beside another test file on a busy machine it needs more than two.
      ...only('processes', [plain('processes', 'processes', { testTimeout: 600_000 })]),
      // The site and browser tests share the builds of fixture content (tests/helpers/shared-builds.ts).
      ...only('site', [plain('site', 'site', { globalSetup: [SHARED_BUILDS] })]),
      // nginx's suite opens Chromium too, and counts how fast nginx refuses a flood: it waits for the
      // others, and runs one file at a time, so nothing else competes for the CPU meanwhile.
      ...only('server', [
        plain('server', 'server', {
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          testTimeout: 600_000,
        }),
      ]),
      // Two browser files at once, as any other two files: a Chromium and a dev server use less
      // than a core each, and every wait in them is for a condition, not a time.
      ...only('browser', [
        plain('browser', 'browser', {
          globalSetup: ['tests/browser/preview-server.ts', SHARED_BUILDS],
        }),
      ]),
    ],
  },
});
