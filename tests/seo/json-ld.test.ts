import { describe, expect, it } from 'vitest';
import { clinicNode, treatmentNode, type TreatmentFacts } from '~/seo/json-ld';

const CLINIC = { name: 'The Skin Clinic', url: 'https://www.example.com' };
const TREATMENT: TreatmentFacts = {
  url: 'https://www.example.com/treatments/example/',
  name: 'Example',
  otherNames: [],
  summary: 'A treatment.',
  areas: ['face'],
  steps: [
    { title: 'Cleanse', detail: 'Your skin is cleansed.', preparation: true },
    { title: 'Treat', detail: 'The treatment is given.', preparation: false },
  ],
  aftercare: [],
};

describe('the clinic as a MedicalBusiness', () => {
  it('says nothing about contact details the clinic has not given', () => {
    expect(Object.keys(clinicNode(CLINIC, []))).toEqual([
      '@type',
      '@id',
      'name',
      'url',
      'availableService',
    ]);
  });

  it('carries phone, email, address, opening hours and closures when given', () => {
    const node = clinicNode(
      {
        ...CLINIC,
        phone: '020 7946 0321',
        email: 'hello@example.com',
        address: ['12 Harley Mews', 'London', 'W1G 9QD'],
        openingHours: {
          tuesday: { opens: '10:00', closes: '18:00' },
          saturday: { opens: '09:00', closes: '14:00' },
        },
        closures: [{ from: '2026-12-24', to: '2026-12-27' }],
      },
      [],
    );
    expect(node).toMatchObject({
      telephone: '+442079460321',
      email: 'hello@example.com',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '12 Harley Mews, London',
        postalCode: 'W1G 9QD',
      },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: 'https://schema.org/Tuesday',
          opens: '10:00',
          closes: '18:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: 'https://schema.org/Saturday',
          opens: '09:00',
          closes: '14:00',
        },
      ],
      specialOpeningHoursSpecification: [
        { validFrom: '2026-12-24', validThrough: '2026-12-27', opens: '00:00', closes: '00:00' },
      ],
    });
  });

  it('does not call a last line a postcode unless it is one', () => {
    const node = clinicNode({ ...CLINIC, address: ['12 Harley Mews', 'London'] }, []);
    expect(node).toMatchObject({
      address: { '@type': 'PostalAddress', streetAddress: '12 Harley Mews, London' },
    });
    expect(node).not.toHaveProperty('address.postalCode');
  });
});

describe('the treatment', () => {
  it('stays a plain MedicalProcedure without safety facts', () => {
    const node = treatmentNode(TREATMENT);
    expect(node['@type']).toBe('MedicalProcedure');
    expect(node).not.toHaveProperty('contraindication');
    expect(node).not.toHaveProperty('adverseOutcome');
    expect(node.preparation).toBe('1. Cleanse: Your skin is cleansed.');
  });

  it('gives who it is not for, its risks and the consultation where schema.org has a place', () => {
    const node = treatmentNode({
      ...TREATMENT,
      consultation: 'We talk about your skin first.',
      notSuitableFor: ['people with a skin infection'],
      risks: ['redness', 'swelling'],
    });
    expect(node).toMatchObject({
      '@type': 'MedicalTherapy',
      contraindication: [{ '@type': 'MedicalEntity', name: 'people with a skin infection' }],
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'redness' },
        { '@type': 'MedicalEntity', name: 'swelling' },
      ],
      preparation:
        'Consultation: We talk about your skin first. 1. Cleanse: Your skin is cleansed.',
    });
  });
});
