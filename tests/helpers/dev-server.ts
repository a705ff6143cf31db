import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy';
import { buildEnvironment } from './build-site';
import { tempFolder } from './temp-folders';
import { freePort } from '~/lib/port-open';

async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(origin, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

export interface DevServer {
  origin: string;
  /** The copy of the project the preview runs in. */
  project: string;
  /** What the preview printed, for a failing test's message. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `npm run dev` on `contentDir`, in a copy of the project: Astro allows one preview per project, and
 * a developer's own may be running. Without `contentDir` it reads the copy's own `content/`, where
 * the browser forms save. `stop` ends it; the copy goes when the test file ends.
 */
export async function startDevServer(contentDir?: string): Promise<DevServer> {
  const project = copyProject(tempFolder('dev'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    join(project, 'node_modules', '.bin', 'astro'),
    ['dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: project,
      env: {
        ...buildEnvironment(),
        CONTENT_DIR: contentDir ?? join(project, 'content'),
        CACHE_DIR: join(project, '.cache'),
      },
      // Its own process group, so stopping it stops every process it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  while (!(await answers(origin))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The preview did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, project, output: () => output, stop };
}
