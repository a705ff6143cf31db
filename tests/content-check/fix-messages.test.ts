import { describe, expect, it } from 'vitest';
import { checkContent } from '~/content-check/check';
import { problemBlock } from '~/content-check/report';
import { contentWithMistake, type Mistake } from '../helpers/content-commands';
import { REPOSITORY } from '../helpers/content-fixtures';

/** The blocks `npm run check:content` prints for the real content with one mistake, minus the folder. */
function blocksAfter(mistake: Mistake): string {
  const dir = contentWithMistake(mistake);
  return checkContent(REPOSITORY, dir)
    .problems.map((problem) => problemBlock(problem, 'Problem').replace(`${dir}/`, ''))
    .join('\n\n');
}

const TREATMENT = 'treatments/microneedling.mdx';

describe('messages that tell the fix', () => {
  it('says to write a number without its unit, and where the unit goes', () => {
    expect(blocksAfter({ edit: TREATMENT, replace: 'value: 6', with: 'value: 6 weeks' }))
      .toMatchInlineSnapshot(`
        "treatments/microneedling.mdx (line 37)
          Field:    sessionInterval > value
          Problem:  The number of days or weeks between two sessions must be the number alone, but "6 weeks" has its unit in it. Write the number here, and days or weeks on the unit line below it.
          Example:  value: 6
                    unit: weeks"
      `);
    expect(blocksAfter({ edit: TREATMENT, replace: 'max: 1.5', with: 'max: 1.5mm' }))
      .toMatchInlineSnapshot(`
        "treatments/microneedling.mdx (line 21)
          Field:    needleDepths > clinic > max
          Problem:  The largest needle depth used in the clinic must be the number alone, but "1.5mm" has its unit in it. A needle depth is always a number of millimetres, so write the number only.
          Example:  max: 1.5"
      `);
  });

  it('asks for a number in figures when a number is written in words', () => {
    expect(blocksAfter({ edit: TREATMENT, replace: 'value: 6', with: 'value: six' })).toMatch(
      /must be a whole number written in figures\.\n\s+Example: {2}value: 6$/,
    );
  });

  it('rewrites a date written another way as year-month-day', () => {
    expect(
      blocksAfter({
        edit: 'site.yaml',
        replace: 'closures: []',
        with: 'closures:\n  - 31/12/2026\n  - from: 24.12.2026\n    to: 2026-12-27',
      }),
    ).toMatchInlineSnapshot(`
      "site.yaml (line 10)
        Field:    closures > item 1
        Problem:  Each closure date must be written as year-month-day: 31/12/2026 is written 2026-12-31.
        Example:  closures:
                    - 2026-12-31

      site.yaml (line 11)
        Field:    closures > item 2 > from
        Problem:  The first day of a closure must be written as year-month-day: 24.12.2026 is written 2026-12-24.
        Example:  from: 2026-12-24"
    `);
  });

  it('writes the example in the style of the file', () => {
    expect(
      blocksAfter({ edit: 'site.yaml', replace: 'closures: []', with: 'closures: [31/12/2026]' }),
    ).toMatch(/Example: {2}closures: \[2026-12-31\]$/);
    expect(
      blocksAfter({
        edit: 'aftercare/microneedling.mdx',
        replace: 'value: 72\n      unit: hours',
        with: 'value: 3 days\n      unit: hours',
      }),
    ).toMatch(/Example: {2}value: 3\n {12}unit: days$/);
    expect(
      blocksAfter({
        edit: TREATMENT,
        replace: 'sessionInterval:\n  value: 6\n  unit: weeks',
        with: 'sessionInterval: 6 weeks',
      }),
    ).toMatch(/Example: {2}sessionInterval:\n {14}value: 6\n {14}unit: weeks$/);
  });

  it('reports a misspelt practitioner on its own line and points at the nearest profile', () => {
    const blocks = blocksAfter({
      edit: TREATMENT,
      replace: '- ilona-abramenko',
      with: '- ilona-abramenco',
    });
    expect(blocks).toMatchInlineSnapshot(`
      "treatments/microneedling.mdx (line 45)
        Field:    practitioners > item 3
        Problem:  There is no profile called "ilona-abramenco" in content/practitioners/, but there is "ilona-abramenko". Check the spelling.
        Example:  - ilona-abramenko"
    `);
    expect(blocks).not.toMatch(/npm run new/);
  });

  it('offers a new profile only when no profile is close', () => {
    expect(
      blocksAfter({ edit: TREATMENT, replace: '- ilona-abramenko', with: '- sam-sample' }),
    ).toMatch(/add a profile for them \(npm run new -- practitioner "Full Name"\)/);
  });

  it('shows a badly indented line under the line above it, from the file itself', () => {
    expect(
      blocksAfter({
        edit: 'practitioners/karen-evans.mdx',
        replace: 'workingDays: []\n',
        with: ' workingDays: [monday, wednesday]\n',
      }),
    ).toMatch(/Example: {2}qualifications: \[\]\n {12}workingDays: \[monday, wednesday\]$/);
  });

  it('refuses page text the build cannot read, before the build meets it', () => {
    expect(
      blocksAfter({
        edit: 'aftercare/microneedling.mdx',
        replace: 'nextReview: 2027-11-27\n---\n',
        with: 'nextReview: 2027-11-27\n---\n\n{/* reviewed by Karen */}\n<Insettext>Keep your skin hydrated.</Insettext>\n',
      }),
    ).toMatch(/Field: {4}page text\n.*curly bracket[\s\S]*<Insettext> is not one of the boxes/);
  });
});
