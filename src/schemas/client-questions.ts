import { z } from 'astro/zod';
import { fieldGroup, withExample, wrongNumber, wrongValue } from './messages.ts';
import {
  atMost,
  LINE,
  NAME,
  PARAGRAPH,
  requiredText,
  requiredTextList,
  SHORT_PARAGRAPH,
} from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const MINUTES_EXAMPLE = 'sessionMinutes: 60';
const SESSIONS_EXAMPLE = 'sessionsUsually:\n  fewest: 3\n  most: 6';
const AVOID_EXAMPLE = 'avoidAfter:\n  - what: swimming\n    days: 2';
const QUESTIONS_EXAMPLE =
  'questions:\n  - question: Can I drive home afterwards?\n    answer: Ask the clinic, then write its answer here.';

const count = (label: string, example: string, most: number, unit: string) =>
  z
    .int({
      error: wrongNumber(label, `a whole number of ${unit}`, example, {
        advice: `Write the number only: the site adds "${unit}".`,
      }),
    })
    .min(1, { error: withExample(`${label} must be at least 1.`, example) })
    .max(most, { error: withExample(`${label} can be at most ${most}.`, example) });

/** How many sessions a client usually needs, as the clinic says it: one number, or a range. */
const sessionsUsually = fieldGroup(
  {
    fewest: count('The fewest sessions clients usually need', 'fewest: 3', 50, 'sessions'),
    most: count('The most sessions clients usually need', 'most: 6', 50, 'sessions').optional(),
  },
  {
    label: 'The number of sessions clients usually need',
    shouldBe: 'a group with fewest, and most when it is a range',
    where: 'sessionsUsually',
    example: SESSIONS_EXAMPLE,
  },
).refine((given) => given.most === undefined || given.most >= given.fewest, {
  error: withExample('most must be the same as fewest or more.', SESSIONS_EXAMPLE),
  path: ['most'],
});

/** One thing to avoid after a session, and for how many days: typed, so the page can count. */
const avoidance = fieldGroup(
  {
    what: requiredText('What to avoid after a session', 'what: swimming', NAME),
    days: count('The number of days to avoid it', 'days: 2', 365, 'days'),
  },
  {
    label: 'Each thing to avoid',
    shouldBe: 'a group with what and days',
    where: 'each thing to avoid',
    example: AVOID_EXAMPLE,
  },
);

/** A question clients ask, in the clinic's words, with the clinic's answer. */
const question = fieldGroup(
  {
    question: requiredText('Each question', 'question: Can I drive home afterwards?', LINE),
    answer: requiredText(
      'The answer to each question',
      'answer: Ask the clinic, then write its answer here.',
      PARAGRAPH,
    ),
  },
  {
    label: 'Each question',
    shouldBe: 'a group with a question and an answer',
    where: 'each question',
    example: QUESTIONS_EXAMPLE,
  },
);

const list = <Item extends z.ZodType>(item: Item, label: string, most: number, example: string) =>
  leftOutWhenEmpty(
    atMost(
      z.array(item, { error: wrongValue(label, 'a list', example) }),
      label,
      most,
      example,
    ).min(1, { error: withExample(`${label} needs at least one item.`, example) }),
  );

/**
 * The questions clients ask before booking, beyond the safety facts. All optional: only the clinic
 * can answer them, each shows only when given, and the content check lists the ones still open.
 */
export const clientQuestionFields = {
  sessionMinutes: count('How long a session takes', MINUTES_EXAMPLE, 480, 'minutes').optional(),
  sessionsUsually: leftOutWhenEmpty(sessionsUsually),
  whenResultsShow: requiredText(
    'When results may show',
    'whenResultsShow: Ask the clinic, then write its words here.',
    SHORT_PARAGRAPH,
  ).optional(),
  preparation: leftOutWhenEmpty(
    requiredTextList(
      'How to prepare for a session',
      'Each thing to do before a session',
      'preparation: [Ask the clinic, then write each thing here]',
      { item: LINE, most: 20 },
    ),
  ),
  avoidAfter: list(avoidance, 'What to avoid after a session', 20, AVOID_EXAMPLE),
  questions: list(question, 'Questions clients ask', 12, QUESTIONS_EXAMPLE),
  deposit: requiredText(
    'The deposit to book a session',
    'deposit: Ask the clinic, then write its words here.',
    SHORT_PARAGRAPH,
  ).optional(),
  cancellation: requiredText(
    'The cancellation policy',
    'cancellation: Ask the clinic, then write its words here.',
    PARAGRAPH,
  ).optional(),
};

/** A client question a treatment's file answers in a field of its own; the price is in price.ts. */
export type ClientQuestion = keyof typeof clientQuestionFields | 'price';

/**
 * What to add for each unanswered client question, as lines of the treatment's file. Each value is
 * a `[Write ...]` placeholder the schemas refuse, so an example copied as it is never becomes a
 * price or a policy: only the clinic's own words and numbers can replace it.
 */
export const CLIENT_QUESTION_PLACEHOLDERS = {
  price:
    "price:\n  perSession: '[Write the price of one session in pounds, once the clinic gives it]'",
  sessionMinutes: "sessionMinutes: '[Write how many minutes a session takes, as the clinic says]'",
  sessionsUsually:
    "sessionsUsually:\n  fewest: '[Write the fewest sessions clients usually need, as the clinic says]'",
  whenResultsShow: "whenResultsShow: '[Write when results may show, in the words of the clinic]'",
  preparation:
    "preparation:\n  - '[Write each thing to do before a session on its own line, in the words of the clinic]'",
  avoidAfter:
    "avoidAfter:\n  - what: '[Write one thing to avoid after a session, in the words of the clinic]'\n    days: '[Write for how many days, as the clinic says]'",
  questions:
    "questions:\n  - question: '[Write a question clients ask]'\n    answer: '[Write the answer, in the words of the clinic]'",
  deposit: "deposit: '[Write the deposit to book, in the words of the clinic]'",
  cancellation: "cancellation: '[Write the cancellation policy, in the words of the clinic]'",
} satisfies Record<ClientQuestion, string>;

/** The client questions the content check lists while unanswered, in the order it lists them. */
export const CLIENT_QUESTION_FIELDS = Object.keys(CLIENT_QUESTION_PLACEHOLDERS) as ClientQuestion[];
