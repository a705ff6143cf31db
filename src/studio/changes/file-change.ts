/** One file as two versions of the repository hold it. */
export interface FileChange {
  /** From the repository's root, with `/`: `content/treatments/facial-peel.mdx`. */
  path: string;
  /** The text before; left out when the file was added. */
  before?: string;
  /**
   * The text after; left out when the file was removed. A photo is never read: any text that
   * differs when the photo does, such as git's object name for it, says whether it was replaced.
   */
  after?: string;
}

/** One line of the list, with what it is sorted by. */
export interface ChangeLine {
  /** The kind of thing the line is about, in the order the lines are listed. */
  rank: number;
  name: string;
  path: string;
  text: string;
}

/** Whether the file is new, gone, or there in both versions with a different text. */
export function presence({ before, after }: FileChange): 'added' | 'removed' | 'both' | undefined {
  if (before === after) return undefined;
  if (before === undefined) return 'added';
  return after === undefined ? 'removed' : 'both';
}
