import { describe, expect, it } from 'vitest';
import BeforeAfterPhotos from '~/components/BeforeAfterPhotos.astro';
import ClientQuestions from '~/components/ClientQuestions.astro';
import TreatmentAtAGlance from '~/components/TreatmentAtAGlance.astro';
import TreatmentCosts from '~/components/TreatmentCosts.astro';
import TreatmentPreparation from '~/components/TreatmentPreparation.astro';
import TreatmentResults from '~/components/TreatmentResults.astro';
import { elements, practitionerEntry, render, text, treatmentEntry } from '../helpers/render';

// The answers are made up for the test: no clinic gave them.
const plain = {
  name: 'Example peel',
  summary: 'A made-up treatment for tests.',
  areas: ['face'],
  concerns: ['dull skin'],
  sessionInterval: { value: 4, unit: 'weeks' },
  intervalReason: 'The test needs one.',
  practitioners: ['sam-sample'],
  lastReviewed: '2026-01-15',
  nextReview: '2027-01-15',
};

const answered = {
  ...plain,
  price: { perSession: 80.5, perCourse: 200, courseSessions: 3, includes: 'A test cream.' },
  sessionMinutes: 75,
  sessionsUsually: { fewest: 2, most: 4 },
  whenResultsShow: 'Test results may show after a test month.',
  preparation: ['Come with clean test skin.'],
  avoidAfter: [
    { what: 'test make-up', days: 1 },
    { what: 'test swimming', days: 3 },
  ],
  questions: [{ question: 'Does the test hurt?', answer: 'The test answer.' }],
  deposit: 'A test deposit.',
  cancellation: 'A test cancellation policy.',
};

const practitioners = [practitionerEntry('sam-sample', { name: 'Sam Sample', role: 'Tester' })];
const SECTIONS = [TreatmentResults, TreatmentPreparation, TreatmentCosts, ClientQuestions];

const rows = (html: string) =>
  elements(html, 'dt').map((key, index) => [text(key), text(elements(html, 'dd')[index] ?? '')]);

describe('the answers to client questions on a treatment page', () => {
  it('adds price, length and number of sessions to the facts at a glance', async () => {
    const treatment = treatmentEntry('example-peel', answered);
    const html = await render(TreatmentAtAGlance, { treatment, practitioners });
    expect(rows(html)).toEqual([
      ['Areas treated', 'Face'],
      ['May help with', 'Dull skin'],
      ['Price of one session', '£80.50'],
      ['Price of a course', '£200 for a course of 3 sessions'],
      ['How long a session takes', '1 hour 15 minutes'],
      ['Sessions usually needed', '2 to 4 sessions'],
      ['Time between sessions', '4 weeks'],
      ['Performed by', 'Sam Sample'],
    ]);
  });

  it('shows each answer under its own heading, in plain words', async () => {
    const treatment = treatmentEntry('example-peel', answered);
    const [results, preparation, costs, questions] = await Promise.all(
      SECTIONS.map((section) => render(section, { treatment }).then(text)),
    );
    expect(results).toBe(
      'How many sessions, and when results show Clients usually need 2 to 4 sessions. Test results may show after a test month.',
    );
    expect(preparation).toBe(
      'Before and after your session How to prepare Come with clean test skin. What to avoid afterwards Test make-up: for 1 day after your session Test swimming: for 3 days after your session',
    );
    expect(costs).toBe(
      'Price, deposit and cancelling The price is £80.50 a session, or £200 for a course of 3 sessions. What the price includes: A test cream. Deposit A test deposit. If you need to cancel A test cancellation policy.',
    );
    expect(questions).toBe('Questions clients ask Does the test hurt? The test answer.');
  });

  it('shows only the answers given: a price alone gives no deposit heading', async () => {
    const treatment = treatmentEntry('example-peel', { ...plain, price: { perSession: 50 } });
    expect(text(await render(TreatmentCosts, { treatment }))).toBe(
      'Price, deposit and cancelling The price is £50 a session.',
    );
  });

  it('shows nothing at all, not even a heading, for a treatment that answers none', async () => {
    const treatment = treatmentEntry('example-peel', plain);
    for (const section of [...SECTIONS, BeforeAfterPhotos]) {
      expect((await render(section, { treatment })).trim()).toBe('');
    }
    const html = await render(TreatmentAtAGlance, { treatment, practitioners });
    expect(rows(html).map(([key]) => key)).toEqual([
      'Areas treated',
      'May help with',
      'Time between sessions',
      'Performed by',
    ]);
  });
});
