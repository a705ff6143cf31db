/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

const UNIT = [
  'tests/helpers/**/*.test.ts',
  'tests/layout/**/*.test.ts',
  'tests/lib/**/*.test.ts',
  'tests/planner/**/*.test.ts',
  'tests/search/**/*.test.ts',
  'tests/contact/**/*.test.ts',
  'tests/seo/**/*.test.ts',
  'tests/calendar/**/*.test.ts',
  'tests/schemas/**/*.test.ts',
  'tests/content-check/**/*.test.ts',
  'tests/components/**/*.test.ts',
  'tests/publish/**/*.test.ts',
  'tests/share-cards/**/*.test.ts',
  'tests/build-cache/**/*.test.ts',
  'tests/content-loading/**/*.test.ts',
  'tests/editor/**/*.test.ts',
  'tests/release/**/*.test.ts',
  'tests/studio/**/*.test.ts',
];
// Dates must not move with the device's zone: the date logic runs again in the zones furthest east and west.
const ZONE_SENSITIVE = [
  'tests/lib/**/*.test.ts',
  'tests/planner/**/*.test.ts',
  'tests/contact/**/*.test.ts',
  'tests/calendar/**/*.test.ts',
  'tests/components/**/*.test.ts',
];

export default getViteConfig({
  test: {
    environment: 'node',
    // Tests that build a site or start a browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A page in a busy browser can take seconds to answer, more than the one second polls allow.
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: { name: 'unit (UTC+14)', include: ZONE_SENSITIVE, env: { TZ: 'Pacific/Kiritimati' } },
      },
      {
        extends: true,
        test: { name: 'unit (UTC-11)', include: ZONE_SENSITIVE, env: { TZ: 'Pacific/Pago_Pago' } },
      },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        extends: true,
        // nginx's suite opens Chromium too: it waits for the others, so two sets of browser
        // tests never compete for the CPU and upset the search tests' timing.
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/preview-server.ts'],
        },
      },
    ],
  },
});
