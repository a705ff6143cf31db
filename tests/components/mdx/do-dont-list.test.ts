import { describe, expect, it } from 'vitest';
import DoDontList from '~/components/mdx/DoDontList.astro';
import { elements, render, renderUnchecked, text } from '../../helpers/render';

/** Each box's heading and its items, in order. */
function boxes(html: string) {
  const [grid = ''] = elements(html, 'div');
  return elements(grid.slice(grid.indexOf('>') + 1), 'div').map((box) => ({
    heading: text(elements(box, 'p')[0] ?? ''),
    items: elements(box, 'li').map(text),
  }));
}

describe('<DoDontList>', () => {
  it('lists the things to do and not to do, in order, in two boxes', async () => {
    const html = await render(DoDontList, {
      do: ['Use SPF every day', 'Keep your skin hydrated'],
      dont: ['Pick at your skin', 'Wear make-up for 24 hours'],
    });
    expect(boxes(html)).toEqual([
      { heading: 'Do', items: ['✓ Use SPF every day', '✓ Keep your skin hydrated'] },
      { heading: "Don't", items: ['✗ Pick at your skin', '✗ Wear make-up for 24 hours'] },
    ]);
  });

  it('hides the tick and cross from screen readers and from search excerpts', async () => {
    const html = await render(DoDontList, { do: ['Rest'], dont: ['Swim'] });
    expect(html).toContain(
      '<span aria-hidden="true" data-pagefind-ignore class="font-bold text-accent">✓</span>',
    );
    expect(html).toContain(
      '<span aria-hidden="true" data-pagefind-ignore class="font-bold text-warning">✗</span>',
    );
  });

  it('has no "Don\'t" box without dont', async () => {
    const html = await render(DoDontList, { do: ['Use SPF every day'] });
    expect(boxes(html)).toEqual([{ heading: 'Do', items: ['✓ Use SPF every day'] }]);
    expect(html).not.toContain('✗');
  });

  it('puts the heading in front of both box titles', async () => {
    const html = await render(DoDontList, { do: ['Rest'], dont: ['Swim'], heading: 'Day one' });
    expect(boxes(html).map(({ heading }) => heading)).toEqual(['Day one: do', "Day one: don't"]);
  });

  it('trims the space editors leave around items', async () => {
    const html = await render(DoDontList, { do: ['  Rest  '] });
    expect(boxes(html)[0]?.items).toEqual(['✓ Rest']);
  });

  it.each([
    ['missing', {}, '<DoDontList> needs do, dont or both.'],
    ['empty', { do: [] }, "<DoDontList>'s do needs at least one item."],
    [
      'a single text instead of a list',
      { do: 'Use SPF every day' },
      "<DoDontList>'s do must be a list in brackets.",
    ],
    [
      'a list with a blank item',
      { do: ['Rest', '  '] },
      "Each item of <DoDontList>'s do cannot be empty.",
    ],
  ])('refuses a do list that is %s, naming <DoDontList> and do', async (_, props, problem) => {
    await expect(renderUnchecked(DoDontList, props)).rejects.toThrow(
      `${problem} For example: <DoDontList do={["Use SPF every day"]}>`,
    );
  });

  it('refuses a dont list given empty, naming dont', async () => {
    await expect(renderUnchecked(DoDontList, { do: ['Rest'], dont: [] })).rejects.toThrow(
      `<DoDontList>'s dont needs at least one item. For example: <DoDontList dont={["Pick at your skin"]}>`,
    );
  });
});
