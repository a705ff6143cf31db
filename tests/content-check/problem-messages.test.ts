import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '~/calendar/calendar-date';
import { findFileNameProblems } from '~/content-check/rules/file-names';
import { findCrossFileProblems } from '~/content-check/rules/integrity';
import { problemBlock } from '~/content-check/report';
import { overdueReviews } from '~/content-check/rules/review-due';
import { explainYamlError } from '~/content-check/rules/yaml-mistakes';

/** Frontmatter as it sits in a file: the opening `---` is line 1. */
const frontmatter = (...lines: string[]) => ({ text: `\n${lines.join('\n')}\n`, linesBefore: 0 });

describe('messages for mistakes no schema can see', () => {
  it('explains YAML that cannot be read, at the line to fix', () => {
    const yaml = frontmatter('name: Peel', 'summary: Tiny needles: they work', "role: 'It's me'");
    expect(explainYamlError(yaml, 3, 'bad indentation of a mapping entry')).toMatchInlineSnapshot(`
      {
        "field": "summary",
        "line": 3,
        "message": "The text on this line has a colon followed by a space, or a quote mark, so it is read as something other than text. Put the whole text in double quotes. (The file reader says: "bad indentation of a mapping entry".) For example: summary: "Tiny needles: they work"",
      }
    `);
    expect(explainYamlError(yaml, 4, 'bad indentation of a mapping entry')).toMatchInlineSnapshot(`
      {
        "field": "role",
        "line": 4,
        "message": "The text on this line has a colon followed by a space, or a quote mark, so it is read as something other than text. Put the whole text in double quotes. (The file reader says: "bad indentation of a mapping entry".) For example: role: "It's me"",
      }
    `);
    expect(explainYamlError(yaml, 2, 'duplicated mapping key')).toMatchInlineSnapshot(`
      {
        "field": "name",
        "line": 2,
        "message": "This field is written twice in the same place. Keep one of the two lines. (The file reader says: "duplicated mapping key".) For example: name: Facial peel (written once)",
      }
    `);
    const unclosed = frontmatter('name: Peel', 'summary: "Tiny needles', 'role: Nurse');
    expect(
      explainYamlError(unclosed, 5, 'unexpected end of the stream within a double quoted scalar'),
    ).toMatchInlineSnapshot(`
      {
        "field": "summary",
        "line": 3,
        "message": "A quote mark at the start of the text on this line is not closed at its end. (The file reader says: "unexpected end of the stream within a double quoted scalar".) For example: summary: "Tiny needles"",
      }
    `);
    const indented = frontmatter('sessionInterval:', '  value: 6', '   unit: weeks');
    expect(explainYamlError(indented, 4, 'bad indentation of a mapping entry'))
      .toMatchInlineSnapshot(`
        {
          "field": "unit",
          "line": 4,
          "message": "This line cannot be read. Check it starts with the same number of spaces as the other fields in its group. (The file reader says: "bad indentation of a mapping entry".) For example:   value: 6
          unit: weeks",
        }
      `);
  });

  it('explains file names that clash, are not read, or are not page addresses', () => {
    expect(
      findFileNameProblems('content/practitioners', [
        'Karen-Evans.mdx',
        'karen-evans.mdx',
        'palwasha-yusofi.md',
        'Ilona Abramenko.mdx',
        'ilona-abramenko.jpg',
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "file name",
          "file": "content/practitioners/Karen-Evans.mdx",
          "message": "Karen-Evans.mdx and karen-evans.mdx both make the page address "karen-evans", so only one of them would be published. Keep one file and delete the other. For example: keep karen-evans.mdx and delete Karen-Evans.mdx",
        },
        {
          "field": "file name",
          "file": "content/practitioners/palwasha-yusofi.md",
          "message": "The site only reads files ending in .mdx, so this file is left out. For example: rename palwasha-yusofi.md to palwasha-yusofi.mdx",
        },
        {
          "field": "file name",
          "file": "content/practitioners/Ilona Abramenko.mdx",
          "message": "File names must be lower case with words joined by -, because the name becomes the page address and is how other files link to this one. For example: rename Ilona Abramenko.mdx to ilona-abramenko.mdx",
        },
      ]
    `);
  });

  it('explains links between files that lead nowhere', () => {
    expect(
      findCrossFileProblems({
        treatments: [
          { id: 'peel', file: 'content/treatments/peel.mdx', practitioners: ['karen-evens'] },
        ],
        procedures: [{ id: 'peel', file: 'content/procedures/peel.mdx', treatment: 'peal' }],
        aftercare: [],
        practitioners: [{ id: 'karen-evans', file: 'content/practitioners/karen-evans.mdx' }],
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "practitioners > item 1",
          "file": "content/treatments/peel.mdx",
          "message": "There is no profile called "karen-evens" in content/practitioners/, but there is "karen-evans". Check the spelling. For example: - karen-evans",
          "path": [
            "practitioners",
            0,
          ],
        },
        {
          "field": "treatment",
          "file": "content/procedures/peel.mdx",
          "message": "There is no treatment called "peal" in content/treatments/. Write the file name of a treatment, without .mdx. For example: treatment: peel",
        },
        {
          "field": "procedures",
          "file": "content/treatments/peel.mdx",
          "message": "This treatment has no procedure page: no file in content/procedures/ says "treatment: peel". Add one (npm run new makes all three files of a new treatment). For example: content/procedures/peel.mdx with the line treatment: peel",
        },
        {
          "field": "aftercare",
          "file": "content/treatments/peel.mdx",
          "message": "This treatment has no aftercare page: no file in content/aftercare/ says "treatment: peel". Add one (npm run new makes all three files of a new treatment). For example: content/aftercare/peel.mdx with the line treatment: peel",
        },
      ]
    `);
  });

  it('warns about a page past its review date, with dates to write', () => {
    const today = parseCalendarDate('2026-11-27')!;
    expect(
      overdueReviews(
        [
          { file: 'content/aftercare/peel.mdx', nextReview: '2026-11-26' },
          { file: 'content/procedures/peel.mdx', nextReview: '2026-11-27' },
        ],
        today,
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "nextReview",
          "file": "content/aftercare/peel.mdx",
          "message": "This page was due to be checked on 26 November 2026. Check that every fact on it is still right, then set lastReviewed to the day you checked it and nextReview to when it should next be checked. For example: lastReviewed: 2026-11-27 and nextReview: 2027-11-27",
        },
      ]
    `);
  });

  it('prints one block per problem, with the example on lines of its own', () => {
    expect(
      problemBlock(
        {
          file: 'content/procedures/peel.mdx',
          field: 'steps',
          line: 5,
          message:
            'A session needs at least two steps. For example: steps:\n  - title: Cleansing\n    detail: Your skin is cleansed twice.',
        },
        'Problem',
      ),
    ).toMatchInlineSnapshot(`
      "content/procedures/peel.mdx (line 5)
        Field:    steps
        Problem:  A session needs at least two steps.
        Example:  steps:
                    - title: Cleansing
                      detail: Your skin is cleansed twice."
    `);
  });
});
