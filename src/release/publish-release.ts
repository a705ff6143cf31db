import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { leftovers, releaseName, releasesAmong, type ReleaseFolders } from './release-folders.ts';

/** Each point of a publish after which a stopped process leaves the disk in a state of its own. */
export type PublishStep =
  'release made' | 'link made' | 'old site moved' | 'link swapped' | 'old release removed';

/** The release folder `target` links to, or undefined when it is no link into `home`. */
export function liveRelease({ target, home }: ReleaseFolders): string | undefined {
  let text: string;
  try {
    text = readlinkSync(target);
  } catch {
    return undefined;
  }
  const pointsAt = resolve(dirname(target), text);
  return dirname(pointsAt) === home ? basename(pointsAt) : undefined;
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Makes `target` a link to release `name`, in one rename over whatever link was there. */
function linkTo(folders: ReleaseFolders, name: string, onStep: (step: PublishStep) => void): void {
  rmSync(folders.nextLink, { force: true });
  // Relative, so the project folder can be moved or mounted elsewhere.
  symlinkSync(relative(dirname(folders.target), join(folders.home, name)), folders.nextLink, 'dir');
  onStep('link made');
  if (existsSync(folders.target) && !isLink(folders.target)) {
    // A site built before releases existed is a real folder, which no rename can replace with a
    // link in one step: it is moved aside first, and stays there until the next build cleans up.
    renameSync(folders.target, join(folders.home, releaseName(new Date(0), process.pid)));
    onStep('old site moved');
  }
  renameSync(folders.nextLink, folders.target);
  onStep('link swapped');
}

/**
 * Before a build: removes what an earlier, failed or stopped build left in the home folder, and
 * puts back the link if one was stopped while moving an old folder aside (the only moment `target`
 * is missing). Needs the build lock.
 */
export function cleanLeftovers(folders: ReleaseFolders): void {
  mkdirSync(folders.home, { recursive: true });
  const entries = readdirSync(folders.home);
  if (!existsSync(folders.target) && !isLink(folders.target)) {
    const newest = releasesAmong(entries).at(-1);
    if (newest !== undefined) linkTo(folders, newest, () => {});
  }
  for (const entry of leftovers(entries, liveRelease(folders)))
    rmSync(join(folders.home, entry), { recursive: true, force: true });
}

/**
 * After a build that succeeded: the staging folder becomes a release, `target` is switched to it
 * in one rename, and only then is the previous release removed. A process stopped at any point
 * leaves `target` showing either the whole previous site or the whole new one.
 */
export function publishStaging(
  folders: ReleaseFolders,
  onStep: (step: PublishStep) => void = () => {},
): string {
  const previous = liveRelease(folders);
  const name = releaseName(new Date(), process.pid);
  renameSync(folders.staging, join(folders.home, name));
  onStep('release made');
  linkTo(folders, name, onStep);
  for (const entry of leftovers(readdirSync(folders.home), name))
    rmSync(join(folders.home, entry), { recursive: true, force: true });
  if (previous !== undefined) onStep('old release removed');
  return name;
}
