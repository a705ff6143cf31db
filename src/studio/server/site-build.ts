import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SiteBuild {
  ok: boolean;
  /** The end of what the build printed, for the page that says why it failed. */
  output: string;
}

/** Enough of the build's own words to show why it failed, without keeping a whole log in memory. */
const KEPT_OUTPUT = 32_000;
/** A build at 1,000 treatments takes about two minutes; one that takes ten is stuck. */
const MOST_BUILD_TIME = 10 * 60_000;

/**
 * Builds the site with `npm run build`'s own script into `outDir`, in a process of its own: the
 * build's memory goes back when it ends, and a crash in it cannot stop the studio. The script
 * switches `outDir` to the new site in one step only when the whole build succeeded.
 */
export function buildSite(options: {
  repo: string;
  outDir: string;
  cacheDir?: string;
}): Promise<SiteBuild> {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: options.outDir };
  if (options.cacheDir !== undefined) env['CACHE_DIR'] = options.cacheDir;
  // The site's own settings decide the content folder; a studio never builds someone else's.
  delete env['CONTENT_DIR'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(options.repo, 'scripts', 'build.ts')], {
      cwd: options.repo,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: MOST_BUILD_TIME,
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({
        ok: code === 0,
        output: signal === null ? output : `${output}\nThe build was stopped (${signal}).`,
      }),
    );
  });
}
