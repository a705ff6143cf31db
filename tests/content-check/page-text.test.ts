import { describe, expect, it } from 'vitest';
import { findPageTextProblems } from '~/content-check/rules/page-text';

/** Page text as it sits below frontmatter that ends on line 4. */
const body = (...lines: string[]) => ({ text: `\n${lines.join('\n')}\n`, linesBefore: 4 });
const FILE = 'content/aftercare/peel.mdx';

describe('page text the build cannot turn into a page', () => {
  it('lets the boxes, their settings in brackets, and code through', () => {
    expect(
      findPageTextProblems(
        FILE,
        body(
          '<InsetText>Keep your skin hydrated.</InsetText>',
          '<Warning title="Important">Ask first.</Warning>',
          '<DoDontList do={["Use SPF every day", "Drink water"]} dont={["Pick at your skin"]} />',
          'Write `{ value: 6 }` like this.',
        ),
      ),
    ).toEqual([]);
  });

  it('finds a misspelt box at its line and names the right one', () => {
    expect(findPageTextProblems(FILE, body('Text.', '<Warnign title="Note">Ask.</Warnign>')))
      .toMatchInlineSnapshot(`
        [
          {
            "field": "page text",
            "file": "content/aftercare/peel.mdx",
            "line": 7,
            "message": "<Warnign> is not one of the boxes the page text can use (CareCard, DoDontList, InsetText, Warning), so the page cannot be built. Check the spelling. For example: <Warning>Keep your skin hydrated every day.</Warning>",
          },
        ]
      `);
  });

  it('explains a curly bracket and a note in {/* */}', () => {
    const problems = findPageTextProblems(
      FILE,
      body('Avoid make-up {for 24 hours}.', '{/* check with Karen */}', 'Fine text.'),
    );
    expect(problems.map(({ line }) => line)).toEqual([6, 7]);
    expect(problems[0]?.message).toMatch(
      /^The page text has a curly bracket \{ or \}, which the site reads as code, so the page cannot be built\./,
    );
  });
});
