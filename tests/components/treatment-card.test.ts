import { describe, expect, it } from 'vitest';
import TreatmentCard from '~/components/TreatmentCard.astro';
import { attribute, elements, render, text, treatmentEntry } from '../helpers/render';

const withoutOtherNames = {
  name: 'Microneedling',
  summary: 'Tiny sterile needles make the skin start its own repair.',
  areas: ['face'],
  concerns: ['scars'],
  sessionInterval: { value: 6, unit: 'weeks' },
  intervalReason: 'This gives your skin time to recover.',
  practitioners: ['karen-evans'],
  lastReviewed: '2026-11-27',
  nextReview: '2027-11-27',
};

const frontmatter = { ...withoutOtherNames, otherNames: ['dermarolling', 'skin needling'] };

describe('<TreatmentCard>', () => {
  it('links the treatment name to its page', async () => {
    const html = await render(TreatmentCard, {
      treatment: treatmentEntry('microneedling', frontmatter),
    });
    const [heading = ''] = elements(html, 'h3');
    const [link = ''] = elements(heading, 'a');
    expect(attribute(link, 'href')).toBe('/treatments/microneedling/');
    expect(text(link)).toBe('Microneedling');
  });

  it('gives the other names and the summary', async () => {
    const html = await render(TreatmentCard, {
      treatment: treatmentEntry('microneedling', frontmatter),
    });
    expect(elements(html, 'p').map(text)).toEqual([
      'Also called dermarolling or skin needling',
      'Tiny sterile needles make the skin start its own repair.',
    ]);
  });

  it('says nothing about other names when there are none', async () => {
    const html = await render(TreatmentCard, {
      treatment: treatmentEntry('microneedling', withoutOtherNames),
    });
    expect(html).not.toContain('Also called');
    expect(elements(html, 'p').map(text)).toEqual([frontmatter.summary]);
  });
});
