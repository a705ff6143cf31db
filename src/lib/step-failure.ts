/**
 * An unexpected error in one of the build's own steps (share cards, search, compression), as one
 * block in the content check's layout that names the step and the file it was working on. Its stack
 * is left out: it would only point into the site's code, and the block already says where.
 */
import { labelled } from './labelled-line.ts';

const WHAT_TO_DO =
  'Run npm run build again; if this comes back, send this message to whoever looks after the site.';

/** What a thrown value says, without its stack. */
export function causeText(cause: unknown): string {
  if (cause instanceof Error) return cause.message.trim() || cause.name;
  return String(cause);
}

/** The block for a step that stopped while working on `file`. */
export function stepFailureBlock(step: string, file: string, cause: unknown): string {
  return [
    file,
    labelled('Step', step),
    labelled('Problem', causeText(cause)),
    labelled('Next', WHAT_TO_DO),
  ].join('\n');
}

/** The error a step stops the build with: its message is the block. */
export class StepFailure extends Error {
  readonly step: string;
  readonly file: string;
  constructor(step: string, file: string, cause: unknown) {
    super(`${stepFailureBlock(step, file, cause)}\n`, { cause });
    this.name = 'StepFailure';
    this.step = step;
    this.file = file;
    this.stack = '';
  }
}

/** An error met while working on one file, carried up to `inStep`, which names the step. */
class FileError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(causeText(cause), { cause });
    this.file = file;
  }
}

/** Runs work on one file; an error in it is reported with that file's name. */
export async function onFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FileError || error instanceof StepFailure) throw error;
    throw new FileError(file, error);
  }
}

/** `onFile` for work that must not wait. */
export function onFileNow<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FileError || error instanceof StepFailure) throw error;
    throw new FileError(file, error);
  }
}

/**
 * Runs a step; any error becomes a `StepFailure` naming the step and the file it was working on
 * (from `onFile`), or `wholeStep` when the error came from no file in particular.
 */
export async function inStep<T>(
  step: string,
  wholeStep: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StepFailure) throw error;
    if (error instanceof FileError) throw new StepFailure(step, error.file, error.cause);
    throw new StepFailure(step, wholeStep, error);
  }
}
