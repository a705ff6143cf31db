/**
 * `npm run build`: builds the site with Astro into a folder of its own and publishes it as `dist/`
 * (or OUT_DIR) only when the whole build succeeded (src/release/). It runs on Node itself, not
 * through tsx, so the process npm starts is the one that builds and holds the build lock: stopping
 * it stops the build.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { buildAllOrNothing } from '../src/release/build-all-or-nothing.ts';
import { errorReport } from '../src/release/error-report.ts';

const root = process.cwd();
try {
  await buildAllOrNothing({
    root,
    target: resolve(process.env['OUT_DIR'] ?? 'dist'),
    build: (outDir) => build({ root, outDir }),
  });
} catch (error) {
  console.error(`\n${errorReport(error)}\n`);
  process.exitCode = 1;
}
