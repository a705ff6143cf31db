import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  noWayToBook,
  unansweredClientQuestions,
} from '~/content-check/rules/client-question-warnings';
import { contact } from '~/schemas/contact';
import { CLIENT_QUESTION_FIELDS, clientQuestionFields } from '~/schemas/client-questions';
import { partsOfMessage } from '~/schemas/messages';
import { priceField } from '~/schemas/price';

// Answers made up for the test: no clinic gave them.
/** The answers without the fields named. */
const answeredBut = (...left: string[]) =>
  Object.fromEntries(Object.entries(ANSWERED).filter(([key]) => !left.includes(key)));

const ANSWERED = {
  price: { perSession: 10 },
  sessionMinutes: 30,
  sessionsUsually: { fewest: 1 },
  whenResultsShow: 'A test answer.',
  preparation: ['A test answer.'],
  avoidAfter: [{ what: 'a test thing', days: 1 }],
  questions: [{ question: 'A test question?', answer: 'A test answer.' }],
  deposit: 'A test answer.',
  cancellation: 'A test answer.',
  beforeAfter: [{}],
};

describe('unansweredClientQuestions', () => {
  it('says nothing about a treatment that answers them all', () => {
    expect(unansweredClientQuestions([{ file: 'a.mdx', fields: ANSWERED }])).toEqual([]);
  });

  it('names, once per treatment, each question still open, photos last', () => {
    const rest = answeredBut('price', 'deposit', 'beforeAfter');
    const warnings = unansweredClientQuestions([
      { file: 'content/treatments/a.mdx', fields: rest },
      { file: 'content/treatments/b.mdx', fields: {} },
    ]);
    expect(warnings.map(({ file, field }) => [file, field])).toEqual([
      ['content/treatments/a.mdx', 'price, deposit, beforeAfter'],
      [
        'content/treatments/b.mdx',
        'price, sessionMinutes, sessionsUsually, whenResultsShow, preparation, avoidAfter, questions, deposit, cancellation, beforeAfter',
      ],
    ]);
    expect(warnings[0]?.message).toMatchInlineSnapshot(`
      "This treatment page does not yet answer what a session or a course costs, and what the price includes (price), the deposit (deposit) and before-and-after photos, shown only with the client's recorded consent and not retouched (beforeAfter, explained in docs/editing.md). Clients ask these before they book. Ask the clinic to answer them; do not make them up. The example only shows where they go: a [Write ...] left in the file stops the build, so only what the clinic gives is published. For example: price:
        perSession: '[Write the price of one session in pounds, once the clinic gives it]'
      deposit: '[Write the deposit to book, in the words of the clinic]'"
    `);
  });

  it('gives no example when only the photos are missing', () => {
    const rest = answeredBut('beforeAfter');
    const [warning] = unansweredClientQuestions([{ file: 'a.mdx', fields: rest }]);
    expect(warning?.field).toBe('beforeAfter');
    expect(partsOfMessage(warning?.message ?? '').example).toBeUndefined();
  });

  it('gives an example with no fact in it to copy: placeholders the build refuses, and no figures', () => {
    const [warning] = unansweredClientQuestions([{ file: 'b.mdx', fields: {} }]);
    const example = partsOfMessage(warning?.message ?? '').example ?? '';
    expect(example).not.toMatch(/\d|£/);
    const fields = parse(example) as Record<string, unknown>;
    expect(Object.keys(fields)).toEqual(CLIENT_QUESTION_FIELDS);
    const checked = z
      .strictObject({ price: priceField, ...clientQuestionFields })
      .safeParse(fields);
    const refused = new Set(checked.error?.issues.map(({ path }) => path[0]));
    expect([...refused]).toEqual(CLIENT_QUESTION_FIELDS);
    for (const issue of checked.error?.issues ?? []) {
      expect(issue.message).toMatch(/placeholder text of a new file/);
    }
  });
});

describe('noWayToBook', () => {
  it('warns when the site gives neither a phone number nor a booking page', () => {
    for (const given of [undefined, {}, { email: 'hello@example.com' }]) {
      const warnings = noWayToBook('content/site.yaml', given);
      expect(warnings.map(({ file, field }) => [file, field])).toEqual([
        ['content/site.yaml', 'contact'],
      ]);
      expect(warnings[0]?.message).toMatch(/^Clients cannot book from the site yet: /);
    }
  });

  it('says nothing once either is given', () => {
    expect(noWayToBook('site.yaml', { phone: '020 7946 0321' })).toEqual([]);
    expect(noWayToBook('site.yaml', { bookingUrl: 'https://booking.example.com/' })).toEqual([]);
  });

  it('gives an example with placeholders the build refuses, and no number to copy', () => {
    const [warning] = noWayToBook('site.yaml', undefined);
    const example = partsOfMessage(warning?.message ?? '').example ?? '';
    expect(example).not.toMatch(/\d/);
    const issues = contact.safeParse((parse(example) as { contact: unknown }).contact).error
      ?.issues;
    expect(issues?.map(({ path }) => path[0])).toEqual(['phone', 'bookingUrl']);
    for (const issue of issues ?? []) {
      expect(issue.message).toMatch(/placeholder text of a new file/);
    }
  });
});
