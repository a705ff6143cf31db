import { describe, expect, it } from 'vitest';
import ProcedureSteps from '~/components/ProcedureSteps.astro';
import { attribute, elements, inner, render, text } from '../helpers/render';

const steps = [
  { title: 'Cleansing', detail: 'Your skin is cleansed twice.' },
  { title: 'Numbing', detail: 'A numbing cream is put on for 30 minutes.' },
  { title: 'Needling', detail: 'The roller is passed over each area.' },
];

describe('<ProcedureSteps>', () => {
  it('is one ordered list with a list item per step', async () => {
    const html = await render(ProcedureSteps, { steps });
    const lists = elements(html, 'ol');
    expect(lists).toHaveLength(1);
    expect(elements(inner(lists[0] ?? ''), 'li')).toHaveLength(steps.length);
  });

  it('numbers the steps in the given order, with "Step N:" for screen readers', async () => {
    const html = await render(ProcedureSteps, { steps });
    const items = elements(html, 'li');
    expect(items.map((item) => text(elements(item, 'h2')[0] ?? ''))).toEqual([
      'Step 1: Cleansing',
      'Step 2: Numbing',
      'Step 3: Needling',
    ]);
    expect(items.map((item) => text(elements(item, 'p')[0] ?? ''))).toEqual(
      steps.map(({ detail }) => detail),
    );
    items.forEach((item, index) => {
      expect(item).toContain(`<span class="sr-only">Step ${index + 1}: </span>`);
    });
  });

  it('hides the visible step number from screen readers, which already hear "Step N:"', async () => {
    const html = await render(ProcedureSteps, { steps });
    const badges = elements(html, 'li').map((item) => elements(item, 'span')[0] ?? '');
    expect(badges.map((badge) => attribute(badge, 'aria-hidden'))).toEqual([
      'true',
      'true',
      'true',
    ]);
    expect(badges.map(text)).toEqual(['1', '2', '3']);
  });
});
