import { describeChanges, type FileChange } from '../changes/describe-changes.ts';
import { firstCommit, textsAt, type Publish } from '../history/index.ts';

/** A publish of hundreds of files (the first one, at 100 treatments) is summed up after these. */
const MOST_FILES_DESCRIBED = 20;

/**
 * What each publish changed, in the same words as the Publish page, reading every file from git in
 * one go. A publish's words never change, so each is worked out once and kept.
 */
export class PublishWords {
  readonly #kept = new Map<string, string[]>();
  readonly #repo: string;

  constructor(repo: string) {
    this.#repo = repo;
  }

  /** `all` newest first, with one more publish than is shown, so the oldest shown has one before it. */
  async of(shown: readonly Publish[], all: readonly Publish[]): Promise<Map<string, string[]>> {
    const fresh = shown.filter((publish) => !this.#kept.has(publish.sha));
    if (fresh.length > 0) {
      const root = await firstCommit(this.#repo);
      const before = (publish: Publish) =>
        all[all.findIndex(({ sha }) => sha === publish.sha) + 1]?.sha ?? root;
      const wanted = fresh.flatMap((publish) =>
        publish.files.slice(0, MOST_FILES_DESCRIBED).flatMap((path) => [
          { sha: before(publish), path },
          { sha: publish.sha, path },
        ]),
      );
      const texts = await textsAt(this.#repo, wanted);
      let at = 0;
      for (const publish of fresh) {
        const files: FileChange[] = publish.files.slice(0, MOST_FILES_DESCRIBED).map((path) => {
          const [was, now] = [texts[at], texts[at + 1]];
          at += 2;
          return {
            path,
            ...(was === undefined ? {} : { before: was }),
            ...(now === undefined ? {} : { after: now }),
          };
        });
        const more = publish.files.length - files.length;
        const lines = describeChanges(files);
        if (more > 0) lines.push(`and ${more} more ${more === 1 ? 'file' : 'files'}`);
        this.#kept.set(publish.sha, lines);
      }
    }
    return new Map(shown.map((publish) => [publish.sha, this.#kept.get(publish.sha) ?? []]));
  }
}
