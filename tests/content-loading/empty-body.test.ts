import { describe, expect, it } from 'vitest';
import { withoutEmptyBody } from '../../src/content-loading/empty-body';

const entry = { id: 'karen-evans', data: { name: 'Karen Evans' }, deferredRender: true };

describe('an MDX entry', () => {
  it.each(['', '\n', '  \n\n'])('with the body %j renders to nothing without a module', (body) => {
    expect(withoutEmptyBody({ ...entry, body })).toEqual({
      ...entry,
      body,
      deferredRender: undefined,
      rendered: { html: '' },
    });
  });

  it('with text in its body keeps its module', () => {
    const withText = { ...entry, body: '\nKaren trained in London.\n' };
    expect(withoutEmptyBody(withText)).toBe(withText);
  });

  it('that Astro renders without a module is left alone', () => {
    const markdown = { ...entry, deferredRender: false, body: '', rendered: { html: '<p></p>' } };
    expect(withoutEmptyBody(markdown)).toBe(markdown);
  });
});
