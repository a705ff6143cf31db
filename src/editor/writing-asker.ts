/**
 * Asks the preview for a field's writing findings once the editor pauses typing. Answers can come
 * back out of order; only the answer for the newest text is shown.
 */
import type { WritingFinding } from '../writing-check/finding.ts';

export interface Clock {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

export interface WritingAsker {
  /** The text has changed: ask about it after the pause, unless it changes again first. */
  changed(text: string): void;
  /** The form has closed: ask nothing more and show nothing more. */
  stop(): void;
}

/** How long the editor pauses before the text is checked. */
export const PAUSE_MS = 400;

export function writingAsker(
  ask: (text: string) => Promise<WritingFinding[]>,
  show: (text: string, findings: WritingFinding[]) => void,
  clock: Clock,
  pause = PAUSE_MS,
): WritingAsker {
  let timer: unknown;
  let newest = 0;
  let stopped = false;
  return {
    changed(text) {
      if (stopped) return;
      clock.clearTimeout(timer);
      const asked = ++newest;
      timer = clock.setTimeout(() => {
        ask(text).then(
          (findings) => {
            if (!stopped && asked === newest) show(text, findings);
          },
          // A preview that has stopped answers nothing; the content check still reports it.
          () => undefined,
        );
      }, pause);
    },
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
