import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import type { Author } from '~/studio/history/author';
import { runGit } from '~/studio/history/git-command';
import { tempFolder } from '../../helpers/temp-folders';

// git reads the machine's and the user's settings; these tests must not depend on either.
beforeAll(() => {
  const home = tempFolder('git-home');
  vi.stubEnv('HOME', home);
  vi.stubEnv('XDG_CONFIG_HOME', join(home, '.config'));
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  vi.stubEnv('GIT_CONFIG_GLOBAL', join(home, '.gitconfig'));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

export const SAM: Author = { name: 'Sam Taylor', username: 'sam-taylor' };
export const ALEX: Author = { name: 'Alex Khan', username: 'alex-khan' };

export const TREATMENT = 'content/treatments/microneedling.mdx';
export const SITE = 'content/site.yaml';

const DEVELOPER = {
  GIT_AUTHOR_NAME: 'A Developer',
  GIT_AUTHOR_EMAIL: 'developer@example.com',
  GIT_COMMITTER_NAME: 'A Developer',
  GIT_COMMITTER_EMAIL: 'developer@example.com',
};

/** Writes a file of the working copy, making its folders. */
export function write(repo: string, path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

export function remove(repo: string, path: string): void {
  rmSync(join(repo, path));
}

/** The output of a git command run in `repo`, trimmed. */
export async function git(repo: string, ...args: string[]): Promise<string> {
  return (await runGit(repo, args)).stdout.trim();
}

/** A new repository like the site's: a package.json and two content files, in a first commit. */
export async function siteRepository(): Promise<string> {
  const repo = tempFolder('history');
  await runGit(repo, ['init', '--quiet', '--initial-branch=main']);
  write(repo, 'package.json', '{ "name": "clinic" }\n');
  write(repo, '.gitignore', '.DS_Store\n');
  write(repo, TREATMENT, 'title: Microneedling\nsummary: Tiny needles.\n');
  write(repo, SITE, 'name: The Skin Clinic\n');
  await runGit(repo, ['add', '--all']);
  await runGit(repo, ['commit', '--quiet', '-m', 'The site'], { env: DEVELOPER });
  return repo;
}

/** A bare repository to push to. */
export async function bareRepository(): Promise<string> {
  const bare = tempFolder('history-remote');
  await runGit(bare, ['init', '--quiet', '--bare', '--initial-branch=main']);
  return bare;
}
