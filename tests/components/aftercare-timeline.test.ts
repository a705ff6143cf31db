import { describe, expect, it } from 'vitest';
import AftercareTimeline from '~/components/AftercareTimeline.astro';
import { timeline } from '~/schemas/timeline';
import { attribute, elements, inner, openingTags, render, text } from '../helpers/render';

const stages = timeline.parse([
  {
    title: 'Redness and tenderness',
    start: { value: 0, unit: 'hours' },
    endsFrom: { value: 24, unit: 'hours' },
    end: { value: 72, unit: 'hours' },
    notice: 'Your skin will be sensitive and very red.',
    do: ['Keep your skin hydrated.', 'Use SPF every day.'],
    avoid: ['Make-up', 'Swimming pools'],
  },
  {
    title: 'Marks over bony areas',
    start: { value: 0, unit: 'days' },
    end: { value: 5, unit: 'days' },
    notice: 'Small marks may stay visible.',
    do: ['Use your recovery creams.'],
  },
  {
    title: 'Recovery',
    start: { value: 0, unit: 'days' },
    end: { value: 14, unit: 'days' },
    notice: 'Your skin is still recovering.',
    do: ['Use SPF every day until 2 weeks after your session.'],
  },
]);

/** The coloured bar of each stage: the `<rect>` drawn over the full-length background. */
function bars(html: string) {
  return elements(html, 'li').map((stage) => {
    const rects = openingTags(stage, 'rect');
    const bar = rects.find((rect) => attribute(rect, 'class') === 'fill-accent') ?? '';
    return { x: attribute(bar, 'x'), width: attribute(bar, 'width') };
  });
}

describe('<AftercareTimeline>', () => {
  it('lists the stages in order in one ordered list under a heading', async () => {
    const html = await render(AftercareTimeline, { stages });
    const [list = ''] = elements(html, 'ol');
    expect(html).toMatch(/<h2[^>]*>Stage by stage<\/h2>\s*<ol/);
    const items = elements(inner(list), 'li');
    expect(items.map((item) => text(elements(item, 'h3')[0] ?? ''))).toEqual([
      'Redness and tenderness',
      'Marks over bony areas',
      'Recovery',
    ]);
  });

  it('says how long each stage lasts, under its title', async () => {
    const html = await render(AftercareTimeline, { stages });
    const spans = elements(html, 'li').map((item) => text(elements(item, 'p')[0] ?? ''));
    expect(spans).toEqual([
      'Can last 24 to 72 hours',
      'For 5 days after your session',
      'For 2 weeks after your session',
    ]);
  });

  it('says when a later stage starts', async () => {
    const later = timeline.parse([
      {
        title: 'Peeling',
        start: { value: 3, unit: 'days' },
        end: { value: 7, unit: 'days' },
        notice: 'Your skin may flake.',
        do: ['Let it flake.'],
      },
    ]);
    const html = await render(AftercareTimeline, { stages: later });
    expect(text(html)).toContain('From 3 days until 1 week after your session');
  });

  it('hides every bar from screen readers', async () => {
    const html = await render(AftercareTimeline, { stages });
    const svgs = openingTags(html, 'svg');
    expect(svgs).toHaveLength(stages.length);
    expect(svgs.map((svg) => attribute(svg, 'aria-hidden'))).toEqual(['true', 'true', 'true']);
    expect(svgs.map((svg) => attribute(svg, 'viewBox'))).toEqual([
      '0 0 100 4',
      '0 0 100 4',
      '0 0 100 4',
    ]);
  });

  it('draws the bars to scale against the longest stage', async () => {
    const html = await render(AftercareTimeline, { stages });
    // 72 hours is 3 days: 3/14, 5/14 and 14/14 of the width.
    expect(bars(html)).toEqual([
      { x: '0', width: '21' },
      { x: '0', width: '36' },
      { x: '0', width: '100' },
    ]);
  });

  it('starts a later stage part of the way along', async () => {
    const twoStages = timeline.parse([
      { ...stages[2], title: 'First week', end: { value: 7, unit: 'days' } },
      { ...stages[2], title: 'Second week', start: { value: 7, unit: 'days' } },
    ]);
    const html = await render(AftercareTimeline, { stages: twoStages });
    expect(bars(html)).toEqual([
      { x: '0', width: '50' },
      { x: '50', width: '50' },
    ]);
  });

  it("shows each stage's things to do and to avoid with that stage", async () => {
    const html = await render(AftercareTimeline, { stages });
    const [first = '', second = ''] = elements(html, 'li');
    expect(text(first)).toContain('✓ Keep your skin hydrated.');
    expect(text(first)).toContain('✓ Use SPF every day.');
    expect(text(first)).toContain('✗ Make-up');
    expect(text(first)).toContain('✗ Swimming pools');
    expect(text(second)).toContain('✓ Use your recovery creams.');
    expect(text(second)).not.toContain('Make-up');
    expect(text(second)).not.toContain("Don't");
  });

  it('shows no do or avoid lists for a stage that has none', async () => {
    const bare = timeline.parse([
      {
        title: 'Swelling',
        start: { value: 0, unit: 'hours' },
        end: { value: 24, unit: 'hours' },
        notice: 'Mild swelling.',
      },
    ]);
    const html = await render(AftercareTimeline, { stages: bare });
    expect(text(elements(html, 'li')[0] ?? '')).toBe(
      'Swelling For 24 hours after your session Mild swelling.',
    );
  });

  it('shows the things to avoid for a stage with nothing to do', async () => {
    const avoidOnly = timeline.parse([
      {
        title: 'Swelling',
        start: { value: 0, unit: 'hours' },
        end: { value: 24, unit: 'hours' },
        notice: 'Mild swelling.',
        avoid: ['Make-up'],
      },
    ]);
    const html = await render(AftercareTimeline, { stages: avoidOnly });
    expect(text(html)).toContain('Make-up');
  });

  it('renders a stage whose avoid list is empty, which the schema accepts', async () => {
    const emptyAvoid = timeline.parse([{ ...stages[2], avoid: [] }]);
    const html = await render(AftercareTimeline, { stages: emptyAvoid });
    expect(text(html)).toContain('Use SPF every day until 2 weeks after your session.');
  });

  it('gives a stage shorter than a day a visible bar', async () => {
    const short = timeline.parse([
      {
        ...stages[2],
        title: 'Tightness',
        start: { value: 12, unit: 'hours' },
        end: { value: 24, unit: 'hours' },
      },
      { ...stages[2], start: { value: 12, unit: 'hours' } },
    ]);
    const html = await render(AftercareTimeline, { stages: short });
    expect(Number(bars(html)[0]?.width)).toBeGreaterThan(0);
  });
});
