import { describe, expect, it } from 'vitest';
import TreatmentAtAGlance from '~/components/TreatmentAtAGlance.astro';
import {
  attribute,
  elements,
  practitionerEntry,
  render,
  text,
  treatmentEntry,
} from '../helpers/render';

// Everything but the needle depths, which a treatment without needles leaves out.
const withoutNeedles = {
  name: 'Microneedling',
  summary: 'Tiny sterile needles make the skin start its own repair.',
  areas: ['face', 'neck'],
  concerns: ['scars', 'wrinkles', 'large pores'],
  sessionInterval: { value: 6, unit: 'weeks' },
  intervalReason: 'This gives your skin time to recover.',
  practitioners: ['karen-evans', 'ilona-abramenko'],
  lastReviewed: '2026-11-27',
  nextReview: '2027-11-27',
};

const frontmatter = {
  ...withoutNeedles,
  needleDepths: {
    howChosen: 'The depth depends on your skin.',
    clinic: { min: 1, max: 1.5, purpose: 'It reaches through the epidermis.' },
  },
};

const practitioners = [
  practitionerEntry('karen-evans', { name: 'Karen Evans', role: 'Practitioner' }),
  practitionerEntry('ilona-abramenko', { name: 'Ilona Abramenko', role: 'Practitioner' }),
];

/** The summary list's rows as [key, value] pairs, in order. */
function rows(html: string): [string, string][] {
  return elements(html, 'dl')
    .flatMap((list) => elements(list.slice(list.indexOf('>') + 1), 'div'))
    .map((row) => [text(elements(row, 'dt')[0] ?? ''), text(elements(row, 'dd')[0] ?? '')]);
}

describe('<TreatmentAtAGlance>', () => {
  it('labels the list with the treatment name', async () => {
    const treatment = treatmentEntry('microneedling', frontmatter);
    const html = await render(TreatmentAtAGlance, { treatment, practitioners });
    expect(attribute(elements(html, 'section')[0] ?? '', 'aria-label')).toBe(
      'Microneedling at a glance',
    );
  });

  it('gives the key facts in order, formatted for clients', async () => {
    const treatment = treatmentEntry('microneedling', frontmatter);
    const html = await render(TreatmentAtAGlance, { treatment, practitioners });
    expect(rows(html)).toEqual([
      ['Areas treated', 'Face and neck'],
      ['May help with', 'Scars, wrinkles and large pores'],
      ['Needle depth on the face, in clinic', '1 mm to 1.5 mm'],
      ['Time between sessions', '6 weeks'],
      ['Performed by', 'Karen Evans and Ilona Abramenko'],
    ]);
  });

  it('leaves out the depth row for a treatment without needles', async () => {
    const treatment = treatmentEntry('peel', {
      ...withoutNeedles,
      name: 'Facial peel',
      areas: ['face'],
      sessionInterval: { value: 1, unit: 'weeks' },
    });
    const html = await render(TreatmentAtAGlance, {
      treatment,
      practitioners: practitioners.slice(0, 1),
    });
    expect(rows(html)).toEqual([
      ['Areas treated', 'Face'],
      ['May help with', 'Scars, wrinkles and large pores'],
      ['Time between sessions', '1 week'],
      ['Performed by', 'Karen Evans'],
    ]);
  });

  it('gives one depth, not a range, when min and max are the same', async () => {
    const treatment = treatmentEntry('microneedling', {
      ...frontmatter,
      needleDepths: { ...frontmatter.needleDepths, clinic: { min: 1, max: 1, purpose: 'Light.' } },
    });
    const html = await render(TreatmentAtAGlance, { treatment, practitioners });
    expect(rows(html)).toContainEqual(['Needle depth on the face, in clinic', '1 mm']);
  });
});
