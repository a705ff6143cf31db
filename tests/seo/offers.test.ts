import { describe, expect, it } from 'vitest';
import { treatmentNode, type TreatmentFacts } from '~/seo/json-ld';
import { questionsNode, serviceNode } from '~/seo/offers';

const URL = 'https://www.example.com/treatments/example/';
const CLINIC_ID = 'https://www.example.com/#clinic';
const TREATMENT: TreatmentFacts = {
  url: URL,
  name: 'Example',
  otherNames: [],
  summary: 'A treatment.',
  areas: ['face'],
  steps: [{ title: 'Cleanse', detail: 'Your skin is cleansed.', preparation: true }],
  aftercare: [
    {
      title: 'Redness',
      notice: 'Your skin is red.',
      start: { value: 0, unit: 'hours' },
      end: { value: 2, unit: 'days' },
    },
  ],
};

describe('prices as Offers in pounds', () => {
  it('makes no Service when the clinic gives no price', () => {
    expect(serviceNode({ url: URL, name: 'Example', clinicId: CLINIC_ID })).toBeUndefined();
  });

  it('offers one session and a course, in GBP, with what the price includes', () => {
    const price = { perSession: 80.5, perCourse: 200, courseSessions: 3, includes: 'A cream.' };
    expect(serviceNode({ url: URL, name: 'Example', clinicId: CLINIC_ID, price })).toEqual({
      '@type': 'Service',
      '@id': `${URL}#service`,
      name: 'Example',
      url: URL,
      provider: { '@id': CLINIC_ID },
      offers: [
        {
          '@type': 'Offer',
          name: 'One session',
          price: '80.50',
          priceCurrency: 'GBP',
          description: 'A cream.',
        },
        {
          '@type': 'Offer',
          name: 'A course of 3 sessions',
          price: '200.00',
          priceCurrency: 'GBP',
          description: 'A cream.',
        },
      ],
    });
  });

  it('offers only the price given', () => {
    const node = serviceNode({
      url: URL,
      name: 'Example',
      clinicId: CLINIC_ID,
      price: { perSession: 50 },
    });
    expect(node?.offers).toEqual([
      { '@type': 'Offer', name: 'One session', price: '50.00', priceCurrency: 'GBP' },
    ]);
  });
});

describe("the clinic's questions as an FAQPage", () => {
  it('makes none without questions, and one Question with its Answer for each', () => {
    expect(questionsNode(URL, undefined)).toBeUndefined();
    expect(questionsNode(URL, [{ question: 'Does it hurt?', answer: 'The clinic says.' }])).toEqual(
      {
        '@type': 'FAQPage',
        '@id': `${URL}#questions`,
        url: URL,
        mainEntity: [
          {
            '@type': 'Question',
            name: 'Does it hurt?',
            acceptedAnswer: { '@type': 'Answer', text: 'The clinic says.' },
          },
        ],
      },
    );
  });
});

describe('preparation and what to avoid in the MedicalProcedure', () => {
  it('adds the clinic’s preparation and what to avoid, with the days, only when given', () => {
    const plain = treatmentNode(TREATMENT);
    expect(plain.preparation).toBe('1. Cleanse: Your skin is cleansed.');
    expect(plain.followup).toBe('Redness (for 2 days after your session): Your skin is red.');
    const answered = treatmentNode({
      ...TREATMENT,
      getReady: ['Come with clean skin.'],
      avoidAfter: [
        { what: 'make-up', days: 1 },
        { what: 'swimming', days: 3 },
      ],
    });
    expect(answered.preparation).toBe(
      '1. Cleanse: Your skin is cleansed. Before your session: Come with clean skin.',
    );
    expect(answered.followup).toBe(
      'Redness (for 2 days after your session): Your skin is red. Avoid afterwards: make-up for 1 day after your session; swimming for 3 days after your session.',
    );
  });
});
