import { describe, expect, it } from 'vitest';
import CareCard from '~/components/mdx/CareCard.astro';
import { attribute, elements, render, renderUnchecked, text } from '../../helpers/render';

const slot = '<ul><li>your skin is still red after 3 days</li><li>you see pus</li></ul>';

describe('<CareCard>', () => {
  it('is a section labelled and headed with its title', async () => {
    const html = await render(CareCard, { title: 'Call the clinic if' }, { slot });
    const [section = ''] = elements(html, 'section');
    expect(attribute(section, 'aria-label')).toBe('Call the clinic if');
    expect(elements(section, 'h3').map(text)).toEqual(['Call the clinic if']);
  });

  it('shows the slot content inside the card', async () => {
    const html = await render(CareCard, { title: 'Call the clinic if' }, { slot });
    const [section = ''] = elements(html, 'section');
    expect(section).toContain(slot);
  });

  it.each([
    ['missing', {}, 'is missing'],
    ['blank', { title: ' ' }, 'cannot be empty'],
    ['empty', { title: '' }, 'cannot be empty'],
  ])('refuses a title that is %s, naming <CareCard> and title', async (_, props, problem) => {
    await expect(renderUnchecked(CareCard, props, { slot })).rejects.toThrow(
      `<CareCard>'s title ${problem}. For example: <CareCard title="Contact the clinic if">`,
    );
  });
});
