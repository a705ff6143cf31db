import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

interface SharedBuilds {
  dir: string;
  projects: number;
}
// Every project's global setup runs in Vitest's own process, so the projects of one run share this.
const run = globalThis as { clinicSharedBuilds?: SharedBuilds };

/**
 * The folder for builds that test files of several projects read (`sharedBuild` in
 * shared-builds.ts): one for the whole run, removed when the last project using it is done.
 */
export default function setup(project: TestProject) {
  // The prefix of every folder a test makes (TEMP_PREFIX in temp-folders.ts).
  run.clinicSharedBuilds ??= {
    dir: mkdtempSync(join(tmpdir(), 'clinic-test-shared-builds-')),
    projects: 0,
  };
  const shared = run.clinicSharedBuilds;
  shared.projects += 1;
  project.provide('sharedBuilds', shared.dir);
  return () => {
    shared.projects -= 1;
    if (shared.projects > 0) return;
    rmSync(shared.dir, { recursive: true, force: true });
    delete run.clinicSharedBuilds;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: string;
  }
}
