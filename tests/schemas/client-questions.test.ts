import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treatmentSchemaIn } from '~/content-check/collection-schemas';
import { readFolder, REPOSITORY } from '../helpers/content-fixtures';

type Fields = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = join(REPOSITORY, 'tests', 'fixtures', 'clinic-details');
const schema = treatmentSchemaIn(join(FIXTURE, 'treatments'));

/** The fixture treatment that answers every client question. */
function fixture(): Fields {
  const [entry] = readFolder(FIXTURE, 'treatments');
  if (!entry) throw new Error('the clinic-details fixture has no treatment');
  return structuredClone(entry.frontmatter);
}

/** Each message an editor gets after `change`, as `field: message`. */
function messagesAfter(change: (fields: Fields) => void): string[] {
  const fields = fixture();
  change(fields);
  return (schema.safeParse(fields).error?.issues ?? []).map(
    ({ path, message }) => `${path.join('.')}: ${message}`,
  );
}

describe('the client questions a treatment may answer', () => {
  it('reads every answer of the fixture, typed', () => {
    const data = schema.parse(fixture());
    expect(data.price).toEqual({
      perSession: 123.45,
      perCourse: 321,
      courseSessions: 3,
      includes: 'The fixture consultation and a fixture aftercare cream.',
    });
    expect(data.sessionMinutes).toBe(47);
    expect(data.sessionsUsually).toEqual({ fewest: 2, most: 5 });
    expect(data.avoidAfter).toEqual([
      { what: 'fixture make-up', days: 2 },
      { what: 'fixture swimming', days: 9 },
    ]);
    expect(data.questions).toHaveLength(2);
    expect(data.beforeAfter?.[0]).toMatchObject({ consentRecorded: true, retouched: false });
  });

  it('leaves every one out when none is given, and when the forms save them empty', () => {
    const data = schema.parse({
      ...Object.fromEntries(
        Object.entries(fixture()).filter(
          ([key]) =>
            ![
              'price',
              'sessionMinutes',
              'sessionsUsually',
              'whenResultsShow',
              'deposit',
              'cancellation',
            ].includes(key),
        ),
      ),
      preparation: [],
      avoidAfter: [],
      questions: [],
      beforeAfter: [],
    });
    for (const key of ['price', 'preparation', 'avoidAfter', 'questions', 'beforeAfter']) {
      expect(data[key as keyof typeof data]).toBeUndefined();
    }
  });

  it('refuses a before-and-after pair without recorded consent, saying why and how to fix it', () => {
    expect(messagesAfter((d) => (d.beforeAfter[0].consentRecorded = false))).toEqual([
      'beforeAfter.0.consentRecorded: A before-and-after pair can only be shown once the client has agreed to it and the clinic has kept a record of that. When the clinic has the record, write consentRecorded: true; until then, take the pair out. For example: consentRecorded: true',
    ]);
    expect(messagesAfter((d) => delete d.beforeAfter[0].consentRecorded)).toEqual([
      "beforeAfter.0.consentRecorded: Whether the client's consent to show the photos is recorded is missing. For example: consentRecorded: true",
    ]);
  });

  it('refuses a pair that is retouched, or that does not say', () => {
    expect(messagesAfter((d) => (d.beforeAfter[0].retouched = true))).toEqual([
      'beforeAfter.0.retouched: A before-and-after pair can only be shown when neither photo has been retouched, filtered or edited, as the UK advertising code expects. When the clinic says the photos are as taken, write retouched: false; otherwise take the pair out. For example: retouched: false',
    ]);
    expect(messagesAfter((d) => delete d.beforeAfter[0].retouched)).toEqual([
      'beforeAfter.0.retouched: Whether the photos were retouched is missing. For example: retouched: false',
    ]);
  });

  it('refuses a photo that is not beside the treatment, naming the folder', () => {
    expect(messagesAfter((d) => (d.beforeAfter[0].after = './nowhere.jpg'))).toEqual([
      'beforeAfter.0.after: There is no image file at this path. Save the photo in the same folder as the treatment, then write ./ and its file name. For example: before: ./client-a-before.jpg',
    ]);
  });

  it.each([
    [
      'a price with its £ sign',
      (d: Fields) => (d.price.perSession = '£120'),
      /price\.perSession: The price of one session must be the number of pounds alone, with no £ sign/,
    ],
    [
      'a price of more than two figures of pence',
      (d: Fields) => (d.price.perSession = 12.345),
      /at most two figures after the point/,
    ],
    [
      'a course price without its number of sessions',
      (d: Fields) => delete d.price.courseSessions,
      /price\.courseSessions: A course price needs courseSessions/,
    ],
    [
      'a price group that gives no price',
      (d: Fields) => (d.price = { includes: 'x' }),
      /price\.perSession: The price needs perSession, perCourse or both/,
    ],
    [
      'a session length with its unit',
      (d: Fields) => (d.sessionMinutes = '45 minutes'),
      /sessionMinutes: How long a session takes must be the number alone/,
    ],
    [
      'a range of sessions upside down',
      (d: Fields) => (d.sessionsUsually = { fewest: 6, most: 3 }),
      /sessionsUsually\.most: most must be the same as fewest or more/,
    ],
    [
      'days to avoid written as text',
      (d: Fields) => (d.avoidAfter[0].days = 'two'),
      /avoidAfter\.0\.days: The number of days to avoid it must be a whole number of days/,
    ],
    [
      'a question with no answer',
      (d: Fields) => delete d.questions[0].answer,
      /questions\.0\.answer: The answer to each question is missing/,
    ],
    [
      'a placeholder left in the deposit',
      (d: Fields) => (d.deposit = '[Write the deposit]'),
      /deposit: The deposit to book a session still has the placeholder text/,
    ],
  ])('refuses %s with a message that names the field', (_name, change, expected) => {
    const messages = messagesAfter(change);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
    expect(messages[0]).toContain('For example: ');
  });
});
