import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '~/schemas/site';
import {
  CONTENT,
  readFolder,
  readSiteFile,
  schemas,
  type CollectionName,
} from '../helpers/content-fixtures';

type Fields = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fields of the first real file of a collection, to be broken one at a time. */
function firstEntry(collection: CollectionName): Fields {
  const [entry] = readFolder(CONTENT, collection);
  if (!entry) throw new Error(`content/${collection} is empty`);
  return structuredClone(entry.frontmatter);
}

/** The messages an editor gets when a real file is changed by `change`, one `field: message` a line. */
function messagesAfter(collection: CollectionName, change: (fields: Fields) => void): string {
  const fields = firstEntry(collection);
  change(fields);
  const issues = schemas[collection].safeParse(fields).error?.issues ?? [];
  return issues.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n');
}

describe('the messages an editor reads', () => {
  it('names an unknown field, lists the right ones and suggests the nearest', () => {
    expect(messagesAfter('treatments', (d) => (d.sumary = d.summary))).toMatchInlineSnapshot(
      `": "sumary" is not a field this file can have. Check the spelling; the fields are: name, otherNames, summary, areas, concerns, needleDepths, sessionInterval, intervalReason, practitioners, consultation, notSuitableFor, risks, minimumAge, price, sessionMinutes, sessionsUsually, whenResultsShow, preparation, avoidAfter, questions, deposit, cancellation, beforeAfter, lastReviewed, nextReview. For example: rename "sumary" to "summary""`,
    );
    expect(messagesAfter('treatments', (d) => (d.colour = 'blue'))).toMatchInlineSnapshot(
      `": "colour" is not a field this file can have. Check the spelling; the fields are: name, otherNames, summary, areas, concerns, needleDepths, sessionInterval, intervalReason, practitioners, consultation, notSuitableFor, risks, minimumAge, price, sessionMinutes, sessionsUsually, whenResultsShow, preparation, avoidAfter, questions, deposit, cancellation, beforeAfter, lastReviewed, nextReview."`,
    );
    expect(messagesAfter('aftercare', (d) => (d.timeline[0].notes = 'x'))).toMatchInlineSnapshot(
      `"timeline.0: "notes" is not a field each stage of the timeline can have. Check the spelling; the fields are: title, start, end, endsFrom, notice, do, avoid."`,
    );
  });

  it('tells a missing field from a wrong one and from a placeholder', () => {
    expect(messagesAfter('treatments', (d) => delete d.name)).toMatchInlineSnapshot(
      `"name: The treatment's name is missing. For example: name: Facial peel"`,
    );
    expect(messagesAfter('treatments', (d) => (d.name = null))).toMatchInlineSnapshot(
      `"name: The treatment's name is empty. For example: name: Facial peel"`,
    );
    expect(messagesAfter('treatments', (d) => (d.name = ['Microneedling']))).toMatchInlineSnapshot(
      `"name: The treatment's name must be text. For example: name: Facial peel"`,
    );
    expect(
      messagesAfter('treatments', (d) => (d.summary = '[Write one line about the treatment]')),
    ).toMatchInlineSnapshot(
      `"summary: The one-line summary shown on the treatments page still has the placeholder text of a new file. Replace it with your own words. For example: summary: Tiny needles prompt your skin to make new collagen."`,
    );
    expect(
      messagesAfter('treatments', (d) => (d.sessionInterval.value = '[Write a number]')),
    ).toMatchInlineSnapshot(
      `"sessionInterval.value: The number of days or weeks between two sessions still has the placeholder text of a new file. Replace it, quote marks and all, with a number. For example: value: 6"`,
    );
  });

  it('explains needle depths in millimetres', () => {
    expect(
      messagesAfter('treatments', (d) => (d.needleDepths.clinic.max = '1,5mm')),
    ).toMatchInlineSnapshot(
      `"needleDepths.clinic.max: The largest needle depth used in the clinic must be the number alone, but "1,5mm" has its unit in it. A needle depth is always a number of millimetres, so write the number only. Use a full stop for decimals, not a comma. For example: max: 1.5"`,
    );
    expect(
      messagesAfter('treatments', (d) => (d.needleDepths.clinic.min = 2)),
    ).toMatchInlineSnapshot(
      `"needleDepths.clinic.min: The smallest clinic needle depth (min) is more than the largest (max). For example: min: 1 and max: 1.5"`,
    );
  });

  it('explains the interval between sessions', () => {
    expect(
      messagesAfter('treatments', (d) => (d.sessionInterval = '6 weeks')),
    ).toMatchInlineSnapshot(
      `"sessionInterval: The time between two sessions must be a value and a unit. For example: sessionInterval: { value: 6, unit: weeks }"`,
    );
    expect(
      messagesAfter('treatments', (d) => (d.sessionInterval.unit = 'months')),
    ).toMatchInlineSnapshot(
      `"sessionInterval.unit: The unit of the time between two sessions must be days or weeks. For example: unit: weeks"`,
    );
    expect(
      messagesAfter('treatments', (d) => (d.sessionInterval.value = '6')),
    ).toMatchInlineSnapshot(
      `"sessionInterval.value: The number of days or weeks between two sessions must be a number with no quote marks around it. For example: value: 6"`,
    );
  });

  it('explains a summary that is too long', () => {
    expect(
      messagesAfter('treatments', (d) => (d.summary = 'Very long. '.repeat(20))),
    ).toMatchInlineSnapshot(
      `"summary: The one-line summary shown on the treatments page is 219 characters long; keep it to 160 or fewer. For example: summary: Tiny needles prompt your skin to make new collagen."`,
    );
  });

  it('explains review dates', () => {
    expect(messagesAfter('procedures', (d) => (d.nextReview = '27/11/2027'))).toMatchInlineSnapshot(
      `"nextReview: The date this page is next due to be checked must be written as year-month-day: 27/11/2027 is written 2027-11-27. For example: nextReview: 2027-11-27"`,
    );
    expect(messagesAfter('procedures', (d) => (d.nextReview = '2025-01-01'))).toMatchInlineSnapshot(
      `"nextReview: The next review date must come after the date the page was last checked (lastReviewed). For example: lastReviewed: 2026-11-27 and nextReview: 2027-11-27"`,
    );
  });

  it('explains aftercare stages', () => {
    expect(messagesAfter('aftercare', (d) => d.timeline.reverse())).toMatchInlineSnapshot(`
      "timeline.1.start: Stages must be in order of when they start, then of when they end: "Marks over bony areas" comes before "Hydration and sun protection". Move it up the list. For example: a stage from 0 to 72 hours before a stage from 0 to 14 days
      timeline.2.start: Stages must be in order of when they start, then of when they end: "Redness and tenderness" comes before "Marks over bony areas". Move it up the list. For example: a stage from 0 to 72 hours before a stage from 0 to 14 days"
    `);
    expect(messagesAfter('aftercare', (d) => (d.timeline[0].end = { value: 0, unit: 'hours' })))
      .toMatchInlineSnapshot(`
      "timeline.0.end: The stage "Redness and tenderness" ends at or before it starts: end must be later than start. For example: start: { value: 0, unit: hours } and end: { value: 72, unit: hours }
      timeline.0.endsFrom: endsFrom is the earliest the stage "Redness and tenderness" can be over, so it must be after start and no later than end. For example: endsFrom: { value: 24, unit: hours } with end: { value: 72, unit: hours }"
    `);
  });

  it('explains procedure steps', () => {
    expect(messagesAfter('procedures', (d) => (d.steps = d.steps.slice(0, 1))))
      .toMatchInlineSnapshot(`
      "steps: A session needs at least two steps. For example: steps:
        - title: Cleansing
          detail: Your skin is cleansed twice.
        - title: Rolling
          detail: The roller is passed over your skin."
    `);
  });

  it('explains practitioners and their photos', () => {
    expect(
      messagesAfter('practitioners', (d) => (d.workingDays = ['Monday'])),
    ).toMatchInlineSnapshot(
      `"workingDays.0: Each day must be a day of the week written in full and in lower case. For example: workingDays: [monday, wednesday]"`,
    );
    expect(messagesAfter('practitioners', (d) => (d.photo = './karen-evans.jpg')))
      .toMatchInlineSnapshot(`
        "photo: There is no image file at this path. Save the photo in the same folder as the profile, then write ./ and its file name. For example: photo: ./karen-evans.jpg
        photoAlt: A photo needs photoAlt: a few words saying what it shows, for people who cannot see it. For example: photoAlt: Karen Evans smiling in the treatment room"
      `);
    expect(messagesAfter('treatments', (d) => (d.practitioners = []))).toMatchInlineSnapshot(
      `"practitioners: The practitioners who give this treatment need at least one name. For example: practitioners: [karen-evans, palwasha-yusofi]"`,
    );
  });

  it('explains the clinic settings', () => {
    const settings = readSiteFile(CONTENT) as Fields;
    const messages = (changed: Fields) =>
      (siteSchema.safeParse({ ...settings, ...changed }).error?.issues ?? [])
        .map(({ path, message }) => `${path.join('.')}: ${message}`)
        .join('\n');
    expect(messages({ timeZone: 'Europe/Londn' })).toMatchInlineSnapshot(
      `"timeZone: The clinic's time zone must be a time zone name. For example: timeZone: Europe/London"`,
    );
    expect(messages({ closures: ['25 December'] })).toMatchInlineSnapshot(
      `"closures.0: Each closure date must be a real date written as year-month-day. For example: closures: [2026-12-25]"`,
    );
    expect(
      messages({ closures: [{ from: '2026-12-27', to: '2026-12-24' }] }),
    ).toMatchInlineSnapshot(
      `"closures.0.to: A closure must end on or after the day it starts. For example: { from: 2026-12-24, to: 2026-12-27 }"`,
    );
  });

  it("explains the clinic's contact details and opening hours", () => {
    const settings = readSiteFile(CONTENT) as Fields;
    const messages = (changed: Fields) =>
      (siteSchema.safeParse({ ...settings, ...changed }).error?.issues ?? [])
        .map(({ path, message }) => `${path.join('.')}: ${message}`)
        .join('\n');
    expect(messages({ contact: { phone: '020 7946 O321' } })).toMatchInlineSnapshot(
      `"contact.phone: The clinic's phone number must be digits and spaces only, with no letters. For example: phone: 020 7946 0321"`,
    );
    expect(messages({ contact: { phone: '020 7946' } })).toMatchInlineSnapshot(
      `"contact.phone: The clinic's phone number is not a full UK phone number. Write it with its area code, or start it with + and the country code. For example: phone: 020 7946 0321"`,
    );
    expect(messages({ contact: { email: 'hello.example.com' } })).toMatchInlineSnapshot(
      `"contact.email: The clinic's email address must be one address with an @ in it, such as name@clinic.co.uk. For example: email: hello@example.com"`,
    );
    expect(messages({ contact: { bookingUrl: 'booking.example.com' } })).toMatchInlineSnapshot(
      `"contact.bookingUrl: The clinic's online booking page must be a full web address starting with https://. For example: bookingUrl: https://booking.example.com/the-skin-clinic"`,
    );
    expect(messages({ contact: { fone: '020 7946 0321' } })).toMatchInlineSnapshot(
      `"contact: "fone" is not a field contact can have. Check the spelling; the fields are: phone, email, address, bookingUrl. For example: rename "fone" to "phone""`,
    );
    expect(messages({ openingHours: { tuesday: '9-5' } })).toMatchInlineSnapshot(
      `"openingHours.tuesday: The opening hours on tuesday must be two 24-hour times with two digits each, joined by a dash. For example: tuesday: 09:00-17:00"`,
    );
    expect(messages({ openingHours: { tuesday: '18:00-10:00' } })).toMatchInlineSnapshot(
      `"openingHours.tuesday: On tuesday the closing time must be later than the opening time. For example: tuesday: 10:00-18:00"`,
    );
    expect(messages({ openingHours: { tuseday: '10:00-18:00' } })).toMatchInlineSnapshot(
      `"openingHours: "tuseday" is not a field openingHours can have. Check the spelling; the fields are: monday, tuesday, wednesday, thursday, friday, saturday, sunday. For example: rename "tuseday" to "tuesday""`,
    );
    expect(
      messages({ openingHours: { tuesday: '10:00-18:00' }, openingDays: ['tuesday'] }),
    ).toMatchInlineSnapshot(
      `"openingDays: Give openingHours or openingDays, not both: the days in openingHours are the days the clinic is open. For example: delete the openingDays line and keep openingHours"`,
    );
  });

  it('explains the safety fields of a treatment', () => {
    expect(messagesAfter('treatments', (d) => (d.minimumAge = '18'))).toMatchInlineSnapshot(
      `"minimumAge: The youngest age the clinic treats must be a number with no quote marks around it. For example: minimumAge: 18"`,
    );
    expect(messagesAfter('treatments', (d) => (d.minimumAge = 17.5))).toMatchInlineSnapshot(
      `"minimumAge: The youngest age the clinic treats must be a whole number of years. For example: minimumAge: 18"`,
    );
    expect(messagesAfter('treatments', (d) => (d.risks = 'redness'))).toMatchInlineSnapshot(
      `"risks: The side effects and risks of the treatment must be a list. For example: risks: [redness for a few days, swelling]"`,
    );
  });

  // The browser forms save a list the editor emptied as [] and an empty group as {}.
  it('reads an emptied list or group as a field left out', () => {
    const treatment = firstEntry('treatments');
    Object.assign(treatment, { notSuitableFor: [], risks: [] });
    const parsed = schemas.treatments.parse(treatment) as Fields;
    expect(parsed.notSuitableFor).toBeUndefined();
    expect(parsed.risks).toBeUndefined();
    expect(messagesAfter('treatments', (d) => (d.risks = ['']))).toMatchInlineSnapshot(
      `"risks.0: Each side effect or risk cannot be empty. For example: risks: [redness for a few days, swelling]"`,
    );
    const peel = firstEntry('treatments');
    peel.needleDepths = { clinic: {}, home: { options: [] } };
    expect((schemas.treatments.parse(peel) as Fields).needleDepths).toBeUndefined();
    const depthsAtClinicOnly = firstEntry('treatments');
    depthsAtClinicOnly.needleDepths.home = { options: [] };
    const parsedDepths = (schemas.treatments.parse(depthsAtClinicOnly) as Fields).needleDepths;
    expect(parsedDepths.clinic.max).toBe(1.5);
    expect(parsedDepths.home).toBeUndefined();
    const aftercare = firstEntry('aftercare');
    aftercare.timeline[0].endsFrom = { unit: 'hours' };
    const stage = (schemas.aftercare.parse(aftercare) as Fields).timeline[0];
    expect(stage.endsFrom).toBeUndefined();
    const site = siteSchema.parse({
      ...(readSiteFile(CONTENT) as Fields),
      contact: { address: [] },
      openingHours: {},
      openingDays: [],
    });
    expect([site.contact, site.openingHours, site.openingDays]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

/** Every place in `value` a field or list item can be, as paths. */
function pathsIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsIn(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...path, key],
      ...pathsIn(item, [...path, key]),
    ]);
  }
  return [];
}

function withValueAt(fields: Fields, path: PropertyKey[], value: unknown): Fields {
  const copy = structuredClone(fields);
  const parent = path.slice(0, -1).reduce<Fields>((node, key) => node[key as string], copy);
  const key = path.at(-1) as string;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

// Wrong values of every kind: missing, a group, a list, text, a number, a placeholder.
const WRONG_VALUES = [undefined, { a: 1 }, [], 'x', -12345, '[Write something]'];

describe('every field has messages for editors, not the schema library', () => {
  const full: [string, z.ZodType, Fields][] = [
    [
      'treatments',
      schemas.treatments,
      {
        ...firstEntry('treatments'),
        consultation: 'We talk about your skin first.',
        notSuitableFor: ['people with a skin infection'],
        risks: ['redness'],
        minimumAge: 18,
      },
    ],
    ['procedures', schemas.procedures, firstEntry('procedures')],
    ['aftercare', schemas.aftercare, firstEntry('aftercare')],
    [
      'practitioners',
      schemas.practitioners,
      {
        ...firstEntry('practitioners'),
        photoAlt: 'Karen Evans in the clinic',
        qualifications: ['Level 4 in skin care'],
        workingDays: ['monday'],
      },
    ],
    [
      'site',
      siteSchema,
      {
        ...(readSiteFile(CONTENT) as Fields),
        openingDays: ['monday'],
        closures: ['2026-12-25', { from: '2026-12-31', to: '2027-01-02' }],
      },
    ],
    [
      'site with contact details and opening hours',
      siteSchema,
      {
        ...(readSiteFile(CONTENT) as Fields),
        contact: {
          phone: '020 7946 0321',
          email: 'hello@example.com',
          address: ['12 Harley Mews', 'London', 'W1G 9QD'],
          bookingUrl: 'https://booking.example.com/the-skin-clinic',
        },
        openingHours: { tuesday: '10:00-18:00', saturday: '09:00-14:00' },
      },
    ],
  ];

  it.each(full)('%s', (_name, schema, fields) => {
    const messages = pathsIn(fields).flatMap((path) =>
      WRONG_VALUES.flatMap(
        (value) => schema.safeParse(withValueAt(fields, path, value)).error?.issues ?? [],
      ).map(({ message }) => message),
    );
    expect(messages.length).toBeGreaterThan(0);
    const notForEditors = messages.filter(
      (message) =>
        !/ For example: \S/.test(message) && !/ is not a field .* can have\./.test(message),
    );
    expect(notForEditors).toEqual([]);
  });
});
