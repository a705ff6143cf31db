/** The folder of the repository that editors change, and the only one the studio commits. */
export const CONTENT = 'content';

/**
 * A path from an editor, checked to name something inside `content/`, as git names it (relative to
 * the repository, with forward slashes). Throws for anything else rather than guessing: `..`, `.`,
 * an absolute path, a backslash or an empty part.
 */
export function contentPath(path: string): string {
  const parts = path.split('/');
  const refused =
    parts[0] !== CONTENT ||
    parts.length < 2 ||
    parts.some((part) => part === '' || part === '.' || part === '..') ||
    /[\\\0]/.test(path);
  if (refused)
    throw new Error(
      `The studio only changes files inside ${CONTENT}/, named like ${CONTENT}/treatments/facial-peel.mdx; refused "${path}".`,
    );
  return path;
}
