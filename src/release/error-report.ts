/** What Astro adds to an error it raises: where in which file, and a hint. */
interface AstroErrorParts {
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  frame?: string;
}

/**
 * How a failed build's error is printed: its message (already a block for an editor from the
 * content check, a build step or a second build), with Astro's place in the file and hint when it
 * gives them, and never a stack: Astro logs one above for an error in a page, where it helps.
 */
export function errorReport(error: unknown): string {
  if (!(error instanceof Error)) return `The build stopped: ${String(error)}`;
  const { hint, loc, frame } = error as Error & AstroErrorParts;
  const where =
    loc?.file === undefined
      ? undefined
      : [loc.file, loc.line, loc.column].filter((part) => part !== undefined).join(':');
  return [
    error.message.trimEnd(),
    ...(where === undefined ? [] : [`Where: ${where}`]),
    ...(frame ? [frame.trimEnd()] : []),
    ...(hint ? [`Hint: ${hint}`] : []),
    'The build stopped and published nothing: the site in place is the one from the last build that worked.',
  ].join('\n\n');
}
