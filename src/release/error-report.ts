/** What Astro adds to an error it raises: where in which file, and a hint. */
interface AstroErrorParts {
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  frame?: string;
}

/**
 * How a failed build's error is printed. An error that is already a block for an editor (the
 * content check's, a build step's, a second build's) has no stack and is printed as it is; Astro's
 * own errors keep their place in the file and their hint; only an error from the site's code with
 * neither keeps its stack, for whoever looks after the code.
 */
export function errorReport(error: unknown): string {
  if (!(error instanceof Error)) return `The build stopped: ${String(error)}`;
  const { hint, loc, frame } = error as Error & AstroErrorParts;
  const where =
    loc?.file === undefined
      ? undefined
      : [loc.file, loc.line, loc.column].filter((part) => part !== undefined).join(':');
  const stack = error.stack?.includes('\n    at ') && where === undefined ? error.stack : undefined;
  return [
    stack ?? error.message.trimEnd(),
    ...(where === undefined ? [] : [`Where: ${where}`]),
    ...(frame ? [frame.trimEnd()] : []),
    ...(hint ? [`Hint: ${hint}`] : []),
    'The build stopped and published nothing: the site in place is the one from the last build that worked.',
  ].join('\n\n');
}
