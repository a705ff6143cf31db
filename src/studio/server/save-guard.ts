import { createHash } from 'node:crypto';
import { whenText } from '../pages/html.ts';

/** Git's name for a file's contents; Keystatic lists the content files by it. */
export function blobSha(contents: Uint8Array): string {
  return createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex');
}

/** One file as the forms' list of files gives it. */
export interface TreeEntry {
  path: string;
  type?: string;
  sha?: string;
}

/** Who changed a file last, to name them when a save would overwrite their change. */
export interface LastChange {
  name: string;
  date: Date;
}

/**
 * Remembers which version of each content file each person's forms last loaded, so a save over a
 * file that someone else has changed since is refused instead of silently undoing their change.
 * The forms load the list of files, with each file's version, before they open a form and again
 * after every save; a form opened before another person's save still holds the older version.
 */
export class SaveGuard {
  readonly #seen = new Map<string, Map<string, string>>();

  /** Notes the versions a person's forms have just been given. */
  sawTree(person: string, entries: readonly TreeEntry[]): void {
    const versions = new Map<string, string>();
    for (const entry of entries) {
      if (entry.type === 'blob' && entry.sha !== undefined) versions.set(entry.path, entry.sha);
    }
    this.#seen.set(person, versions);
  }

  /** Notes that a person's own save made these versions. */
  saved(person: string, files: ReadonlyMap<string, string | undefined>): void {
    const versions = this.#seen.get(person) ?? new Map<string, string>();
    for (const [path, sha] of files) {
      if (sha === undefined) versions.delete(path);
      else versions.set(path, sha);
    }
    this.#seen.set(person, versions);
  }

  /**
   * The files of a save whose version on disk is not the one this person's forms loaded:
   * changed, made or removed by someone else since. A person whose forms have not loaded the list
   * yet in this studio's lifetime is compared as if they had seen the files as they are.
   */
  changedSinceSeen(person: string, onDisk: ReadonlyMap<string, string | undefined>): string[] {
    const versions = this.#seen.get(person);
    if (versions === undefined) return [];
    return [...onDisk].filter(([path, sha]) => versions.get(path) !== sha).map(([path]) => path);
  }
}

/** The words the forms show when a save is refused because someone else changed the file. */
export function overwriteRefusal(path: string, change: LastChange | undefined): string {
  const who =
    change === undefined
      ? 'Someone else changed this file'
      : `${change.name} saved a change to this file on ${whenText(change.date)}`;
  return (
    `${who} (${path}) after you opened it, so your change has not been saved, to keep theirs. ` +
    'Copy what you typed, reload the page to see their version, then make your change again.'
  );
}
