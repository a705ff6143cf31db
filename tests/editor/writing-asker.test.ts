import { describe, expect, it } from 'vitest';
import { writingAsker, type Clock } from '~/editor/writing-asker';
import type { WritingFinding } from '~/writing-check/finding';

/** A clock that runs its timers only when told how much time has passed. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  const clock: Clock = {
    setTimeout: (run, ms) => {
      timers.push({ at: now + ms, run, id: ++next });
      return next;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const pass = (ms: number) => {
    now += ms;
    const due = timers.filter(({ at }) => at <= now);
    timers = timers.filter(({ at }) => at > now);
    for (const { run } of due) run();
  };
  return { clock, pass };
}

const finding = (words: string): WritingFinding => ({
  line: 1,
  words,
  why: 'why',
  suggestion: 'instead',
  stops: false,
});

/** Questions whose answers the test gives, in any order. */
function preview() {
  const asked: { text: string; answer: (found: WritingFinding[]) => void }[] = [];
  const ask = (text: string) =>
    new Promise<WritingFinding[]>((answer) => asked.push({ text, answer }));
  return { asked, ask };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('asking the writing check as the editor types', () => {
  it('asks once the editor pauses, about the text as it is then', () => {
    const { clock, pass } = fakeClock();
    const { asked, ask } = preview();
    const asker = writingAsker(ask, () => undefined, clock, 400);
    asker.changed('R');
    pass(200);
    asker.changed('Re');
    pass(399);
    expect(asked).toEqual([]);
    pass(1);
    expect(asked.map(({ text }) => text)).toEqual(['Re']);
  });

  it('shows the newest answer only, whatever order the answers come in', async () => {
    const { clock, pass } = fakeClock();
    const { asked, ask } = preview();
    const shown: string[] = [];
    const asker = writingAsker(ask, (text) => shown.push(text), clock, 400);
    asker.changed('first');
    pass(400);
    asker.changed('second');
    pass(400);
    asked[1]!.answer([finding('second')]);
    asked[0]!.answer([finding('first')]);
    await settled();
    expect(shown).toEqual(['second']);
  });

  it('shows nothing once stopped, and takes a preview that does not answer quietly', async () => {
    const { clock, pass } = fakeClock();
    const shown: string[] = [];
    const failing = writingAsker(
      () => Promise.reject(new Error('gone')),
      (text) => shown.push(text),
      clock,
      400,
    );
    failing.changed('a');
    pass(400);
    const { asked, ask } = preview();
    const stopped = writingAsker(ask, (text) => shown.push(text), clock, 400);
    stopped.changed('b');
    pass(400);
    stopped.stop();
    asked[0]!.answer([]);
    stopped.changed('c');
    pass(400);
    await settled();
    expect(shown).toEqual([]);
  });
});
