import { contentPath } from './content-paths.ts';
import { runGit } from './git-command.ts';
import { commitId } from './revisions.ts';

/** One file at one commit. */
export interface FileAtCommit {
  sha: string;
  path: string;
}

/**
 * The text of many files at many commits, from one git process rather than one or two each, for
 * the history page, which describes every publish's changes. Undefined where a file was not there.
 */
export async function textsAt(
  repo: string,
  wanted: readonly FileAtCommit[],
): Promise<(string | undefined)[]> {
  if (wanted.length === 0) return [];
  const input = wanted.map(({ sha, path }) => `${commitId(sha)}:${contentPath(path)}\n`).join('');
  // Read one character per byte, so the sizes git gives in bytes count characters here.
  const { stdout } = await runGit(repo, ['cat-file', '--batch'], { input, bytes: true });
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let index = 0; index < wanted.length; index++) {
    const end = stdout.indexOf('\n', at);
    const header = stdout.slice(at, end).split(' ');
    at = end + 1;
    if (header.at(-1) === 'missing' || header[1] !== 'blob') {
      // A missing file is one line; a folder of that name is shown in full and is not a file.
      if (header[1] !== undefined && header[1] !== 'blob' && header.at(-1) !== 'missing') {
        at += Number(header[2]) + 1;
      }
      texts.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    texts.push(Buffer.from(stdout.slice(at, at + size), 'latin1').toString('utf8'));
    at += size + 1;
  }
  return texts;
}
