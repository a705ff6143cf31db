/** The folder of the repository that editors change, and the only one the studio commits. */
export const CONTENT = 'content';

/**
 * Whether a path names `content/` or something inside it, as git and Keystatic name paths
 * (relative to the repository, with forward slashes): never `..`, `.`, an absolute path, a
 * backslash, a NUL or an empty part.
 */
export function isContentPath(path: string): boolean {
  const parts = path.split('/');
  return (
    parts[0] === CONTENT &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..') &&
    !/[\\\0]/.test(path)
  );
}

/**
 * A path from an editor, checked to name something inside `content/`. Throws for anything else
 * rather than guessing.
 */
export function contentPath(path: string): string {
  if (path === CONTENT || !isContentPath(path))
    throw new Error(
      `The studio only changes files inside ${CONTENT}/, named like ${CONTENT}/treatments/facial-peel.mdx; refused "${path}".`,
    );
  return path;
}
