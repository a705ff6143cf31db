import { describe, expect, it } from 'vitest';
import Warning from '~/components/mdx/Warning.astro';
import { attribute, elements, render, renderUnchecked, text } from '../../helpers/render';

const slot = '<p>Stop and call the clinic if your skin blisters.</p>';

describe('<Warning>', () => {
  it('is a note labelled with its title, with the title as its heading', async () => {
    const html = await render(Warning, { title: 'Before you start' }, { slot });
    const [aside = ''] = elements(html, 'aside');
    expect(attribute(aside, 'role')).toBe('note');
    expect(attribute(aside, 'aria-label')).toBe('Before you start');
    expect(elements(aside, 'h3').map(text)).toEqual(['Warning: Before you start']);
    expect(aside).toContain('<span class="sr-only">Warning: </span>');
  });

  it('shows the slot content inside the note', async () => {
    const html = await render(Warning, { title: 'Before you start' }, { slot });
    const [aside = ''] = elements(html, 'aside');
    expect(aside).toContain(slot);
  });

  it('trims the space around the title', async () => {
    const html = await render(Warning, { title: '  Before you start ' }, { slot });
    expect(attribute(elements(html, 'aside')[0] ?? '', 'aria-label')).toBe('Before you start');
  });

  it.each([
    ['missing', {}, 'is missing'],
    ['blank', { title: '   ' }, 'cannot be empty'],
    ['not text', { title: 3 }, 'must be words in quote marks'],
  ])('refuses a title that is %s, naming the component and title', async (_, props, problem) => {
    await expect(renderUnchecked(Warning, props, { slot })).rejects.toThrow(
      `<Warning>'s title ${problem}. For example: <Warning title="Important">`,
    );
  });
});
