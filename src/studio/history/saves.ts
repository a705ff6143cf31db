import { authorFromCommit, type Author } from './author.ts';
import { CONTENT } from './content-paths.ts';
import { runGit } from './git-command.ts';
import { PUBLISH_TRAILER } from './messages.ts';
import { resolveCommit } from './revisions.ts';

/** One commit that changed content/ without publishing it: a save in the forms, or a developer's. */
export interface Save extends Author {
  sha: string;
  date: Date;
  files: string[];
}

/** Saves grouped by the publish that took them live, newest first; `unpublished` is what is not live yet. */
export interface SavesByPublish {
  unpublished: Save[];
  byPublish: Map<string, Save[]>;
}

const FIELD = '\x1f';
const START = '\x1e';
const FORMAT = `${START}%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%(trailers:key=${PUBLISH_TRAILER},valueonly,separator=%x2C)`;

/**
 * Every save of the last `limit` commits, each under the publish that came after it, so the history
 * page can say who saved what in each publish, and an editor can get back words that were saved
 * over. One git command reads them all.
 */
export async function savesByPublish(repo: string, limit = 1000): Promise<SavesByPublish> {
  const { stdout } = await runGit(repo, [
    'log',
    '-z',
    '--topo-order',
    `--max-count=${limit}`,
    '--name-only',
    `--format=${FORMAT}`,
    // No path: a publish is usually an empty commit, and path limiting would leave it out.
    'HEAD',
  ]);
  const saves: SavesByPublish = { unpublished: [], byPublish: new Map() };
  let bucket = saves.unpublished;
  for (const entry of stdout.split(START).slice(1)) {
    // "<fields>\0", then for a commit with files "\n<file>\0<file>\0".
    const [header = '', ...names] = entry.split('\0');
    const [sha = '', name = '', email = '', date = '', publish = ''] = header.split(FIELD);
    const files = names
      .map((file) => file.replace(/^\n/, ''))
      .filter((file) => file.startsWith(`${CONTENT}/`));
    if (publish.split(',').includes('yes')) {
      bucket = [];
      saves.byPublish.set(sha, bucket);
      continue;
    }
    if (files.length > 0) {
      bucket.push({ sha, ...authorFromCommit(name, email), date: new Date(date), files });
    }
  }
  return saves;
}

/** Who made commit `sha` and when, for the page that shows a save; undefined when there is none. */
export async function saveAt(
  repo: string,
  sha: string,
): Promise<(Author & { sha: string; date: Date }) | undefined> {
  const full = await resolveCommit(repo, sha);
  if (full === undefined) return undefined;
  const { stdout } = await runGit(repo, ['log', '-1', `--format=%an${FIELD}%ae${FIELD}%aI`, full]);
  const [name = '', email = '', date = ''] = stdout.trim().split(FIELD);
  return { sha: full, ...authorFromCommit(name, email), date: new Date(date) };
}
