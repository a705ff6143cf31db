import { describe, expect, it } from 'vitest';
import { siteSchema } from '~/schemas/site';
import {
  CONTENT,
  readFolder,
  readSiteFile,
  schemas,
  type CollectionName,
} from '../helpers/content-fixtures';

/** The first real entry of a collection, to be broken one field at a time. */
const realEntry = (collection: CollectionName) => {
  const [entry] = readFolder(CONTENT, collection);
  if (!entry) throw new Error(`content/${collection} is empty`);
  return structuredClone(entry.frontmatter);
};

type Change = (data: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: [CollectionName, string, Change, string, RegExp][] = [
  ['treatments', 'a missing name', (d) => delete d.name, 'name', /treatment's name is missing/],
  [
    'treatments',
    'a depth written "1,5mm"',
    (d) => (d.needleDepths.clinic.max = '1,5mm'),
    'needleDepths.clinic.max',
    /number of millimetres.*For example: max: 1.5/,
  ],
  [
    'treatments',
    'a negative depth',
    (d) => (d.needleDepths.clinic.min = -1),
    'needleDepths.clinic.min',
    /more than 0 millimetres/,
  ],
  [
    'treatments',
    'a depth range upside down',
    (d) => (d.needleDepths.clinic.min = 2),
    'needleDepths.clinic.min',
    /is more than the largest/,
  ],
  [
    'treatments',
    'a home depth list that is empty',
    (d) => (d.needleDepths.home.options = []),
    'needleDepths.home.options',
    /at least one depth/,
  ],
  [
    'treatments',
    'home use without its warning',
    (d) => delete d.needleDepths.home.warning,
    'needleDepths.home.warning',
    /warning that goes with home needles is missing/,
  ],
  [
    'treatments',
    'an interval of "6 weeks" as text',
    (d) => (d.sessionInterval = '6 weeks'),
    'sessionInterval',
    /value: 6, unit: weeks/,
  ],
  [
    'treatments',
    'an interval in months',
    (d) => (d.sessionInterval.unit = 'months'),
    'sessionInterval.unit',
    /days or weeks/,
  ],
  [
    'treatments',
    'no practitioners',
    (d) => (d.practitioners = []),
    'practitioners',
    /need at least one name/,
  ],
  [
    'treatments',
    'a summary that is a paragraph',
    (d) => (d.summary = 'x'.repeat(200)),
    'summary',
    /200 characters long; keep it to 160/,
  ],
  ['treatments', 'a misspelt field', (d) => (d.intervall = 3), '', /"intervall" is not a field/],
  [
    'treatments',
    'an impossible review date',
    (d) => (d.nextReview = '2027-02-30'),
    'nextReview',
    /real date/,
  ],
  [
    'treatments',
    'a next review before the last',
    (d) => (d.nextReview = '2025-01-01'),
    'nextReview',
    /must come after the date the page was last checked/,
  ],
  [
    'procedures',
    'a single step',
    (d) => (d.steps = d.steps.slice(0, 1)),
    'steps',
    /needs at least two steps/,
  ],
  [
    'procedures',
    'a step with no detail',
    (d) => delete d.steps[0].detail,
    'steps.0.detail',
    /The detail of each step \(what happens in it\) is missing/,
  ],
  [
    'aftercare',
    'a stage ending before it starts',
    (d) => (d.timeline[0].end = { value: 0, unit: 'hours' }),
    'timeline.0.end',
    /ends at or before it starts/,
  ],
  [
    'aftercare',
    'stages out of order',
    (d) => d.timeline.reverse(),
    'timeline.1.start',
    /must be in order/,
  ],
  [
    'aftercare',
    'a stage in weeks',
    (d) => (d.timeline[0].start.unit = 'weeks'),
    'timeline.0.start.unit',
    /hours or days/,
  ],
  [
    'aftercare',
    'an offset written as text',
    (d) => (d.timeline[0].end = '3 days'),
    'timeline.0.end',
    /value: 72, unit: hours/,
  ],
  [
    'aftercare',
    'endsFrom after end',
    (d) => (d.timeline[0].endsFrom = { value: 96, unit: 'hours' }),
    'timeline.0.endsFrom',
    /is the earliest the stage/,
  ],
  [
    'practitioners',
    'a working day misspelt',
    (d) => (d.workingDays = ['Monday']),
    'workingDays.0',
    /Each day must be a day of the week written in full and in lower case/,
  ],
  [
    'practitioners',
    'a photo without words for it',
    (d) => (d.photo = 'karen.jpg'),
    'photoAlt',
    /photoAlt/,
  ],
];

describe('schemas refuse wrong values with a message an editor can act on', () => {
  it.each(cases)('%s: %s', (collection, _label, change, field, message) => {
    const data = realEntry(collection);
    change(data);
    const result = schemas[collection].safeParse(data);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => message.test(candidate.message));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.path.join('.')).toBe(field);
  });

  it('refuses a closure that ends before it starts, and a made-up time zone', () => {
    const settings = readSiteFile(CONTENT) as Record<string, unknown>;
    const backwards = siteSchema.safeParse({
      ...settings,
      closures: [{ from: '2026-12-27', to: '2026-12-24' }],
    });
    expect(backwards.error?.issues[0]?.message).toMatch(/end on or after the day it starts/);
    const zone = siteSchema.safeParse({ ...settings, timeZone: 'Europe/Londn' });
    expect(zone.error?.issues[0]?.path).toEqual(['timeZone']);
  });

  it('turns a YAML date into the same calendar day whatever the machine zone', () => {
    const settings = readSiteFile(CONTENT) as Record<string, unknown>;
    const parsed = siteSchema.parse({ ...settings, closures: [new Date('2026-12-25T00:00:00Z')] });
    expect(parsed.closures).toEqual([{ from: '2026-12-25', to: '2026-12-25' }]);
  });
});
