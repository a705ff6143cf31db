import { describe, expect, it } from 'vitest';
import { inStep, onFile, onFileNow, StepFailure } from '~/lib/step-failure';

describe('an unexpected error in a build step', () => {
  it('becomes one block naming the step and the file, with no stack', async () => {
    const failure = await inStep('share cards', 'every page', () =>
      onFile('treatments/index.html', () => {
        throw new Error('The card could not be drawn.');
      }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StepFailure);
    expect((failure as StepFailure).stack).toBe('');
    expect((failure as StepFailure).message).toBe(
      [
        'treatments/index.html',
        '  Step:     share cards',
        '  Problem:  The card could not be drawn.',
        '  Next:     Run npm run build again; if this comes back, send this message to whoever looks after the site.',
        '',
      ].join('\n'),
    );
  });

  it('names the whole step when the error came from no file in particular', async () => {
    await expect(
      inStep('search', 'the search index', () => Promise.reject(new Error('no memory'))),
    ).rejects.toThrow(/^the search index\n {2}Step: +search\n {2}Problem: +no memory/);
  });

  it('keeps the innermost file and the first step', async () => {
    const work = () =>
      inStep('compression', 'the built site', async () =>
        onFile('outer', () => onFileNow('index.html', () => JSON.parse('{'))),
      );
    await expect(inStep('outer step', 'x', work)).rejects.toThrow(
      /^index\.html\n {2}Step: +compression\n {2}Problem: +.*JSON/,
    );
  });
});
