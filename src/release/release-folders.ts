import { basename, dirname, join } from 'node:path';

/**
 * Where a build of the site goes: Astro writes into `staging`, always the same path, because the
 * incremental build copies a page from its cache only when the out dir has the path it had last
 * time. A finished build becomes a release folder beside it, and `target` (`dist`) is a symbolic
 * link to the live release, replaced in one rename.
 */
export interface ReleaseFolders {
  /** The path readers use, such as `dist`: a link to the live release. */
  target: string;
  /** Holds the staging folder and the releases, beside `target` so a rename never crosses disks. */
  home: string;
  staging: string;
  /** The new link, made here and renamed over `target`. */
  nextLink: string;
}

const STAGING = 'staging';
const NEXT_LINK = 'next-link';

export function releaseFolders(target: string): ReleaseFolders {
  const home = join(dirname(target), `.${basename(target)}-releases`);
  return { target, home, staging: join(home, STAGING), nextLink: join(home, NEXT_LINK) };
}

/** A new release's folder name: sortable by time, and unique to this process. */
export function releaseName(now: Date, pid: number): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${pid}`;
}

/** The release folder names among `entries` of the home folder, oldest first. */
export function releasesAmong(entries: readonly string[]): string[] {
  return entries.filter((entry) => /^\d{8}T\d{9}Z-\d+$/.test(entry)).sort();
}

/**
 * What a build removes from the home folder before it starts: everything but the live release.
 * That is what a failed or stopped build left: its staging folder, a release it never made live,
 * a link it never renamed, a previous release it had not finished deleting.
 */
export function leftovers(entries: readonly string[], live: string | undefined): string[] {
  return entries.filter((entry) => entry !== live);
}
