import { describe, expect, it } from 'vitest';
import InsetText from '~/components/mdx/InsetText.astro';
import { elements, inner, render } from '../../helpers/render';

describe('<InsetText>', () => {
  it('shows the slot content, and only that, in its box', async () => {
    const slot = '<p>Keep your skin hydrated for <strong>2 weeks</strong>.</p>';
    const html = await render(InsetText, {}, { slot });
    const boxes = elements(html, 'div');
    expect(boxes).toHaveLength(1);
    expect(inner(boxes[0] ?? '').trim()).toBe(slot);
  });
});
