import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { takeLock, type LockHolder } from './build-lock.ts';
import { cleanLeftovers, publishStaging, type PublishStep } from './publish-release.ts';
import { releaseFolders } from './release-folders.ts';

export interface AllOrNothingBuild {
  /** The project folder. Astro keeps files of its own there, so one build at a time runs in it. */
  root: string;
  /** The built site's path, such as `dist`. */
  target: string;
  /** Builds the site into `outDir`; rejects when the build fails. */
  build: (outDir: string) => Promise<void>;
  /** Called after each step of the publish, for the tests that stop a build there. */
  onStep?: (step: PublishStep) => void;
}

/** The lock file of a project, in Astro's own folder of generated files. */
export const lockFileOf = (root: string) => join(root, '.astro', 'build.lock');

/** A build started while another runs in the same project folder. */
export class BuildBusy extends Error {
  constructor(holder: LockHolder) {
    const since = new Date(holder.since).toLocaleTimeString('en-GB');
    super(
      `Another build is running in this folder (process ${holder.pid}, since ${since}). ` +
        'This one has stopped and changed nothing. Run npm run build again once the other has finished.',
    );
    this.name = 'BuildBusy';
    this.stack = '';
  }
}

/**
 * Builds the site elsewhere and publishes it only when the whole build succeeded, by switching
 * `target` to it in one step. A build that fails, or is stopped at any moment, leaves the last good
 * site as it was; the next build clears whatever it left.
 */
export async function buildAllOrNothing(options: AllOrNothingBuild): Promise<void> {
  const lock = takeLock(lockFileOf(options.root));
  if (!lock.taken) throw new BuildBusy(lock.holder);
  // With an out dir outside the project folder, Astro puts its pages' code here instead.
  const astroLeftovers = join(options.root, '.astro', '.prerender');
  try {
    const folders = releaseFolders(options.target);
    cleanLeftovers(folders);
    rmSync(astroLeftovers, { recursive: true, force: true });
    try {
      await options.build(folders.staging);
    } catch (error) {
      rmSync(folders.staging, { recursive: true, force: true });
      rmSync(astroLeftovers, { recursive: true, force: true });
      throw error;
    }
    publishStaging(folders, options.onStep);
  } finally {
    lock.release();
  }
}
