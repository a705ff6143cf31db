import { describe, expect, it } from 'vitest';
import NeedleDepths from '~/components/NeedleDepths.astro';
import { needleDepths } from '~/schemas/depth';
import { attribute, elements, render, text } from '../helpers/render';

const WARNING = 'Ask a professional for advice before you start.';

const withHome = needleDepths.parse({
  howChosen: 'The depth depends on your skin.',
  clinic: { min: 1, max: 1.5, purpose: 'It reaches through the epidermis.' },
  home: { options: [0.25, 0.5], purpose: 'They help products soak in.', warning: WARNING },
});

const clinicOnly = needleDepths.parse({
  howChosen: 'The depth depends on your skin.',
  clinic: { min: 1, max: 1.5, purpose: 'It reaches through the epidermis.' },
});

const headings = (html: string) => elements(html, 'h3').map(text);

describe('<NeedleDepths>', () => {
  it('gives the clinic range and the home options in millimetres', async () => {
    const html = await render(NeedleDepths, { depths: withHome });
    expect(headings(html)).toEqual([
      'In the clinic: 1 mm to 1.5 mm',
      'At home: 0.25 mm or 0.5 mm',
      'Warning: Using a roller at home',
    ]);
    expect(text(html)).toContain('The depth depends on your skin.');
    expect(text(html)).toContain('It reaches through the epidermis.');
    expect(text(html)).toContain('They help products soak in.');
  });

  it('puts the home warning inside the warning callout', async () => {
    const html = await render(NeedleDepths, { depths: withHome });
    const notes = elements(html, 'aside').filter((aside) => attribute(aside, 'role') === 'note');
    expect(notes).toHaveLength(1);
    expect(attribute(notes[0] ?? '', 'aria-label')).toBe('Using a roller at home');
    expect(text(notes[0] ?? '')).toContain(WARNING);
    // Said once, in the callout, not repeated outside it.
    expect(text(html).split(WARNING)).toHaveLength(2);
  });

  it('has no home section and no warning without home depths', async () => {
    const html = await render(NeedleDepths, { depths: clinicOnly });
    expect(headings(html)).toEqual(['In the clinic: 1 mm to 1.5 mm']);
    expect(html).not.toContain('At home');
    expect(html).not.toContain('role="note"');
  });

  it('gives one depth, not a range, when min and max are the same', async () => {
    const depths = needleDepths.parse({
      howChosen: 'Always the same.',
      clinic: { min: 0.5, max: 0.5, purpose: 'A light treatment.' },
      home: { options: [0.25], purpose: 'For products.', warning: WARNING },
    });
    const html = await render(NeedleDepths, { depths });
    expect(headings(html).slice(0, 2)).toEqual(['In the clinic: 0.5 mm', 'At home: 0.25 mm']);
  });

  it('joins three home options as a list with "or"', async () => {
    const depths = needleDepths.parse({
      ...withHome,
      home: { ...withHome.home, options: [0.2, 0.25, 0.5] },
    });
    const html = await render(NeedleDepths, { depths });
    expect(headings(html)).toContain('At home: 0.2 mm, 0.25 mm or 0.5 mm');
  });

  it('labels the section with its heading', async () => {
    const html = await render(NeedleDepths, { depths: clinicOnly });
    const [section = ''] = elements(html, 'section');
    const id = attribute(section, 'aria-labelledby');
    expect(id).toBeTruthy();
    const [heading = ''] = elements(html, 'h2');
    expect(attribute(heading, 'id')).toBe(id);
    expect(text(heading)).toBe('How deep the needles go');
  });
});
