import { describe, expect, it } from 'vitest';
import { blocksOf, contentWithMistake, runNpm, type Mistake } from '../helpers/content-commands';
import { CONTENT } from '../helpers/content-fixtures';

const TREATMENT = 'treatments/microneedling.mdx';
const PROCEDURE = 'procedures/microneedling.mdx';
const AFTERCARE = 'aftercare/microneedling.mdx';
const KAREN = 'practitioners/karen-evans.mdx';

interface BrokenContent {
  mistake: Mistake;
  /** The file the editor is sent to, inside the content folder. */
  file: string;
  field: string;
  /** The line the editor is sent to, where it matters. */
  line?: number;
}

const cases: [string, BrokenContent][] = [
  [
    'a misspelt field',
    {
      mistake: { edit: TREATMENT, replace: 'otherNames:', with: 'otherName:' },
      file: TREATMENT,
      field: 'otherName',
      line: 3,
    },
  ],
  [
    'a needle depth written "1,5mm"',
    {
      mistake: { edit: TREATMENT, replace: 'max: 1.5', with: 'max: 1,5mm' },
      file: TREATMENT,
      field: 'needleDepths > clinic > max',
    },
  ],
  [
    'a needle depth range upside down',
    {
      mistake: { edit: TREATMENT, replace: 'min: 1\n', with: 'min: 2\n' },
      file: TREATMENT,
      field: 'needleDepths > clinic > min',
    },
  ],
  [
    'sessions counted in months',
    {
      mistake: { edit: TREATMENT, replace: 'unit: weeks', with: 'unit: months' },
      file: TREATMENT,
      field: 'sessionInterval > unit',
    },
  ],
  [
    'the interval written as a phrase',
    {
      mistake: {
        edit: TREATMENT,
        replace: 'sessionInterval:\n  value: 6\n  unit: weeks',
        with: 'sessionInterval: 6 weeks',
      },
      file: TREATMENT,
      field: 'sessionInterval',
    },
  ],
  [
    'a number in quote marks',
    {
      mistake: { edit: TREATMENT, replace: 'value: 6', with: "value: '6'" },
      file: TREATMENT,
      field: 'sessionInterval > value',
    },
  ],
  [
    'no name',
    {
      mistake: { edit: TREATMENT, replace: 'name: Microneedling\n', with: '' },
      file: TREATMENT,
      field: 'name',
    },
  ],
  [
    'a summary longer than a line',
    {
      mistake: {
        edit: TREATMENT,
        replace: '  Tiny sterile',
        with: `  ${'Very '.repeat(30)}tiny sterile`,
      },
      file: TREATMENT,
      field: 'summary',
    },
  ],
  [
    'a review date that is not on the calendar',
    {
      mistake: {
        edit: TREATMENT,
        replace: 'nextReview: 2027-11-27',
        with: 'nextReview: 2027-02-30',
      },
      file: TREATMENT,
      field: 'nextReview',
    },
  ],
  [
    'a next review before the last review',
    {
      mistake: {
        edit: PROCEDURE,
        replace: 'lastReviewed: 2026-11-27',
        with: 'lastReviewed: 2028-01-01',
      },
      file: PROCEDURE,
      field: 'nextReview',
    },
  ],
  [
    'a practitioner with no profile',
    {
      mistake: { edit: TREATMENT, replace: '- ilona-abramenko', with: '- ilona-abramenco' },
      file: TREATMENT,
      field: 'practitioners > item 3',
      line: 45,
    },
  ],
  [
    'a procedure for a treatment that does not exist',
    {
      mistake: {
        edit: PROCEDURE,
        replace: 'treatment: microneedling',
        with: 'treatment: microneedle',
      },
      file: PROCEDURE,
      field: 'treatment',
    },
  ],
  [
    'two profiles whose names differ only in capitals',
    {
      mistake: { copy: KAREN, to: 'practitioners/Karen-Evans.mdx' },
      file: 'practitioners/Karen-Evans.mdx',
      field: 'file name',
    },
  ],
  [
    'an .md file next to the .mdx file',
    {
      mistake: { copy: KAREN, to: 'practitioners/karen-evans.md' },
      file: 'practitioners/karen-evans.md',
      field: 'file name',
    },
  ],
  [
    'aftercare stages out of order',
    {
      mistake: {
        edit: AFTERCARE,
        replace: 'value: 72\n      unit: hours',
        with: 'value: 7\n      unit: days',
      },
      file: AFTERCARE,
      field: 'timeline > item 2 > start',
    },
  ],
  [
    'a photo that is not there',
    {
      mistake: {
        edit: KAREN,
        replace: 'role: Practitioner\n',
        with: 'role: Practitioner\nphoto: ./karen-evans.jpg\nphotoAlt: Karen Evans in the clinic\n',
      },
      file: KAREN,
      field: 'photo',
      line: 4,
    },
  ],
  [
    'a working day with a capital letter',
    {
      mistake: {
        edit: KAREN,
        replace: 'workingDays: []',
        with: 'workingDays: [Monday]',
      },
      file: KAREN,
      field: 'workingDays > item 1',
    },
  ],
  [
    'the placeholder of a new file left in',
    {
      mistake: {
        edit: KAREN,
        replace: 'role: Practitioner',
        with: "role: '[Write their job title]'",
      },
      file: KAREN,
      field: 'role',
    },
  ],
  [
    'the placeholder of a new file left in the page text',
    {
      mistake: {
        edit: TREATMENT,
        replace: 'Microneedling is a cosmetic treatment for the skin.',
        with: '[Write a short introduction to the treatment]',
      },
      file: TREATMENT,
      field: 'page text',
    },
  ],
  [
    'broken YAML: a colon inside text',
    {
      mistake: {
        edit: TREATMENT,
        replace: 'name: Microneedling\n',
        with: 'name: Microneedling: a guide\n',
      },
      file: TREATMENT,
      field: 'name',
      line: 2,
    },
  ],
  [
    'broken YAML: a field written twice',
    {
      mistake: {
        edit: TREATMENT,
        replace: 'name: Microneedling\n',
        with: 'name: Microneedling\nname: Microneedling\n',
      },
      file: TREATMENT,
      field: 'name',
      line: 3,
    },
  ],
  [
    'broken YAML: a tab before a field',
    {
      mistake: { edit: TREATMENT, replace: '  unit: weeks', with: '\tunit: weeks' },
      file: TREATMENT,
      field: 'unit',
    },
  ],
  [
    'a closure that ends before it starts',
    {
      mistake: {
        edit: 'site.yaml',
        replace: 'closures: []',
        with: 'closures: [{ from: 2026-12-27, to: 2026-12-24 }]',
      },
      file: 'site.yaml',
      field: 'closures > item 1 > to',
    },
  ],
  [
    'a misspelt time zone',
    {
      mistake: {
        edit: 'site.yaml',
        replace: 'timeZone: Europe/London',
        with: 'timeZone: Europe/Londn',
      },
      file: 'site.yaml',
      field: 'timeZone',
    },
  ],
  [
    'opening hours written 9-5',
    {
      mistake: {
        edit: 'site.yaml',
        replace: 'openingHours: {}',
        with: 'openingHours:\n  tuesday: 9-5',
      },
      file: 'site.yaml',
      field: 'openingHours > tuesday',
      line: 8,
    },
  ],
  [
    'a phone number with a letter in it',
    {
      mistake: {
        edit: 'site.yaml',
        replace: 'contact:\n',
        with: 'contact:\n  phone: 020 7946 O321\n',
      },
      file: 'site.yaml',
      field: 'contact > phone',
      line: 6,
    },
  ],
];

describe('npm run check:content', () => {
  it('passes the real content', async () => {
    const { status, output } = await runNpm('check:content', [], CONTENT);
    expect(output).toMatch(
      /^Checked \d+ files in content\/: no mistakes\. 3 warnings to look at\.$/m,
    );
    expect(status).toBe(0);
  });

  describe.concurrent('fails on one mistake, naming the file and the field', () => {
    it.each(cases)('%s', async (_label, { mistake, file, field, line }) => {
      const { status, output } = await runNpm('check:content', [], contentWithMistake(mistake));
      expect(status, output).toBe(1);
      const block = blocksOf(output).find(
        (candidate) => candidate.where.includes(`/${file}`) && candidate.field === field,
      );
      expect(block, output).toBeDefined();
      expect(block?.kind).toBe('Problem');
      expect(block?.text).toMatch(/^\s+Example: {2}\S/m);
      if (line !== undefined) expect(block?.where).toMatch(new RegExp(`\\(line ${line}\\)$`));
    });
  });

  it('a treatment with no aftercare is a draft: a warning names the file and the field, without failing', async () => {
    const { status, output } = await runNpm(
      'check:content',
      [],
      contentWithMistake({ remove: AFTERCARE }),
    );
    expect(status, output).toBe(0);
    const block = blocksOf(output).find(
      (candidate) => candidate.where.includes(`/${TREATMENT}`) && candidate.field === 'aftercare',
    );
    expect(block?.kind, output).toBe('Warning');
    expect(block?.text).toContain('This treatment is a draft: it is not on the site');
    expect(block?.text).toMatch(/^\s+Example: {2}\S/m);
  });

  it('warns about a page past its review date, without failing', async () => {
    const dir = contentWithMistake({
      edit: AFTERCARE,
      replace: 'lastReviewed: 2026-11-27\nnextReview: 2027-11-27',
      with: 'lastReviewed: 2024-11-27\nnextReview: 2025-11-27',
    });
    const { status, output } = await runNpm('check:content', [], dir);
    expect(status, output).toBe(0);
    const warning = blocksOf(output).find((block) => block.field === 'nextReview');
    expect(warning).toMatchObject({ kind: 'Warning', field: 'nextReview' });
    expect(warning?.where).toMatch(new RegExp(`/${AFTERCARE} \\(line \\d+\\)$`));
    expect(warning?.text).toMatch(/due to be checked on 27 November 2025/);
    expect(output).toMatch(/no mistakes\. 4 warnings to look at\.$/m);
  });

  it('warns, without failing, for each treatment that does not give its safety facts', async () => {
    const { status, output } = await runNpm('check:content', [], CONTENT);
    expect(status, output).toBe(0);
    const warnings = blocksOf(output).filter(
      (block) => block.kind === 'Warning' && block.field.includes('minimumAge'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.where).toMatch(new RegExp(`/${TREATMENT}$`));
    expect(warnings[0]?.field).toBe('consultation, notSuitableFor, risks, minimumAge');
    expect(warnings[0]?.text).toMatch(/who it is not suitable for \(notSuitableFor\)/);
    expect(warnings[0]?.text).toMatch(/Ask the clinic to write them; do not make them up\./);
  });

  it('warns, without failing, of the client questions still open and that no client can book', async () => {
    const { status, output } = await runNpm('check:content', [], CONTENT);
    expect(status, output).toBe(0);
    const warnings = blocksOf(output).filter((block) => block.kind === 'Warning');
    expect(warnings.map(({ field }) => field)).toEqual([
      'consultation, notSuitableFor, risks, minimumAge',
      'price, sessionMinutes, sessionsUsually, whenResultsShow, preparation, avoidAfter, questions, deposit, cancellation, beforeAfter',
      'contact',
    ]);
    expect(warnings[1]?.where).toMatch(new RegExp(`/${TREATMENT}$`));
    expect(warnings[1]?.text).toMatch(/Ask the clinic to answer them; do not make them up\./);
    expect(warnings[2]?.where).toMatch(/content\/site\.yaml$/);
    expect(warnings[2]?.text).toMatch(/Clients cannot book from the site yet/);
  });
});
