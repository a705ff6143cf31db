import { authorEnvironment, authorFromCommit, type Author } from './author.ts';
import { CONTENT } from './content-paths.ts';
import { runGit, zeroSeparated } from './git-command.ts';
import {
  commitMessage,
  PUBLISH_TRAILER,
  PUT_BACK_TRAILER,
  withoutTrailers,
  withTrailers,
} from './messages.ts';
import { oneAtATime } from './repository-lock.ts';
import { firstCommit, refTarget, resolveCommit } from './revisions.ts';

/** The ref that names the version of the content the public site was last built from. */
export const LIVE_REF = 'refs/studio/live';

/** One publish, as the history page lists it. */
export interface Publish extends Author {
  sha: string;
  date: Date;
  /** The editor's message, without the studio's trailers. */
  message: string;
  /** Files under content/ that differ from the publish before (or from the first commit). */
  files: string[];
  /** The publish whose content this one put back, when it is a put back. */
  putBackOf?: string;
}

/**
 * Commits content/ as it is (a publish is usually empty, every save being a commit already, but
 * the record must hold exactly what was built) with `message` and the publish trailer, and moves
 * the live ref to it. `trailers` adds more, as a put back does. Resolves with the commit's id.
 */
export async function commitPublish(
  repo: string,
  author: Author,
  message: string,
  trailers: Readonly<Record<string, string>> = {},
): Promise<string> {
  const env = authorEnvironment(author);
  const text = withTrailers(commitMessage(message, 'Published'), {
    [PUBLISH_TRAILER]: 'yes',
    ...trailers,
  });
  return oneAtATime(repo, async () => {
    await runGit(repo, ['add', '--all', '--', CONTENT]);
    await runGit(
      repo,
      [
        'commit',
        '--quiet',
        '--allow-empty',
        '--cleanup=whitespace',
        '-m',
        text,
        '--only',
        '--',
        CONTENT,
      ],
      { env },
    );
    const sha = (await runGit(repo, ['rev-parse', 'HEAD'])).stdout.trim();
    await runGit(repo, ['update-ref', '-m', 'studio: publish', LIVE_REF, sha]);
    return sha;
  });
}

/** Records a publish by `author` with the editor's message; resolves with the commit's id. */
export function recordPublish(repo: string, author: Author, message: string): Promise<string> {
  return commitPublish(repo, author, message);
}

/** The commit the live site was last built from, or undefined before the first publish. */
export function liveCommit(repo: string): Promise<string | undefined> {
  return refTarget(repo, LIVE_REF);
}

const FIELD = '\x1f';
const LOG_FORMAT = [
  '%H',
  '%an',
  '%ae',
  '%aI',
  `%(trailers:key=${PUBLISH_TRAILER},valueonly,separator=%x2C)`,
  `%(trailers:key=${PUT_BACK_TRAILER},valueonly,separator=%x2C)`,
  '%B',
].join('%x1f');

type Listed = Omit<Publish, 'files'>;

function parseEntry(entry: string): Listed | undefined {
  const [sha, name, email, date, publish, putBack, ...message] = entry.split(FIELD);
  if (
    !sha ||
    name === undefined ||
    email === undefined ||
    !date ||
    !publish?.split(',').includes('yes')
  )
    return undefined;
  const listed: Listed = {
    sha,
    ...authorFromCommit(name, email),
    date: new Date(date),
    message: withoutTrailers(message.join(FIELD)),
  };
  const of = putBack?.trim();
  if (of) listed.putBackOf = of;
  return listed;
}

/** Publish commits reachable from the branch and the live ref, newest first. */
async function publishCommits(repo: string): Promise<Listed[]> {
  const tips = ['HEAD'];
  if (await liveCommit(repo)) tips.push(LIVE_REF);
  const { stdout } = await runGit(repo, [
    'log',
    '-z',
    // Commits made in the same second, from two tips, could otherwise come out of order.
    '--topo-order',
    '--fixed-strings',
    `--grep=${PUBLISH_TRAILER}: yes`,
    `--format=${LOG_FORMAT}`,
    ...tips,
    '--',
  ]);
  // The grep finds the words anywhere in a message; only the trailer makes a commit a publish.
  return zeroSeparated(stdout).flatMap((entry) => parseEntry(entry) ?? []);
}

/**
 * The files under content/ that differ between each pair of commits, in one git command.
 * git prints each pair's first id, then its paths; every path starts with `content/`, so an id
 * cannot be mistaken for one.
 */
async function filesBetween(
  repo: string,
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  if (pairs.length === 0) return files;
  const { stdout } = await runGit(
    repo,
    ['diff-tree', '--stdin', '-r', '--always', '--no-renames', '--name-only', '-z', '--', CONTENT],
    { input: pairs.map(([to, from]) => `${to} ${from}\n`).join('') },
  );
  let current: string[] = [];
  for (const field of zeroSeparated(stdout)) {
    if (field.startsWith(`${CONTENT}/`)) {
      current.push(field);
    } else {
      current = [];
      files.set(field, current);
    }
  }
  return files;
}

/**
 * The latest `limit` publishes, newest first, each with the files it changed since the publish
 * before it; the first publish is compared with the repository's first commit.
 */
export async function publishes(repo: string, limit = 100): Promise<Publish[]> {
  const all = await publishCommits(repo);
  const shown = all.slice(0, Math.max(0, limit));
  const root = shown.length > 0 && shown.length === all.length ? await firstCommit(repo) : '';
  const pairs = shown.map((publish, index) => [publish.sha, all[index + 1]?.sha ?? root] as const);
  const files = await filesBetween(repo, pairs);
  return shown.map((publish) => ({ ...publish, files: files.get(publish.sha) ?? [] }));
}

/**
 * The full id of `sha` when it is a publish commit in this branch's history (or the live ref's);
 * throws otherwise, so nothing else can be put back.
 */
export async function publishCommit(repo: string, sha: string): Promise<string> {
  const full = await resolveCommit(repo, sha);
  const listed = full && (await publishCommits(repo)).some((publish) => publish.sha === full);
  if (!full || !listed) throw new Error(`${sha} is not a publish in this repository's history.`);
  return full;
}
