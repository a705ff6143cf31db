import { describe, expect, it } from 'vitest';
import type { FileAtLink } from '~/content-check/body/body-findings';
import { findPageTextProblems } from '~/content-check/rules/page-text';

/** Page text as it sits below frontmatter that ends on line 4. */
const body = (...lines: string[]) => ({ text: `\n${lines.join('\n')}\n`, linesBefore: 4 });
const FILE = 'content/aftercare/peel.mdx';

/** The content folder as these tests imagine it: one photo, one price list, one SVG. */
const FILES: Record<string, FileAtLink> = {
  'room.jpg': 'picture',
  'prices.pdf': 'not a picture',
  'logo.svg': 'not a picture',
};
const files = (path: string): FileAtLink =>
  FILES[path.replace(/^\.\//, '')] ?? (path.startsWith('../../') ? 'outside content' : 'missing');

const problemsIn = (...lines: string[]) => findPageTextProblems(FILE, body(...lines), files);

describe('page text the site publishes', () => {
  it('lets Markdown, the boxes with their settings, safe links and content pictures through', () => {
    expect(
      problemsIn(
        '## After your session',
        '<InsetText>Keep your skin hydrated.</InsetText>',
        '<Warning title="Important">Ask first.</Warning>',
        '<DoDontList do={["Use SPF every day", "Drink water"]} dont={["Pick at your skin"]} />',
        'Write `{ value: 6 }` like this, and a < b > c stays text.',
        '[Book](https://booking.example.com/) [mail](mailto:hello@example.com) [call](tel:+442079460321)',
        '[aftercare](/treatments/microneedling/aftercare/) [top](#top)',
        '[Search](https://www.nhs.uk/search/?q=skin&page=2#results)',
        '![The treatment room](./room.jpg)',
        'Emoji stay whole: \u{1F469}\u200d\u2695\ufe0f and \u2764\ufe0f.',
        '[ref]: https://www.nhs.uk/',
      ),
    ).toEqual([]);
  });
});

// Each row: what an editor, or someone with an editor's account, might put in a page's text, and
// the start of what they are told. The line is always the row's own line, 8.
const REFUSED: readonly (readonly [string, string, RegExp])[] = [
  [
    'an export line that runs code',
    'export const x = (await import("node:fs")).writeFileSync("/tmp/owned", "")',
    /^The page text has a line starting with "import" or "export"/,
  ],
  ['an import line', 'import Box from "../../src/x.astro"', /starting with "import" or "export"/],
  ['a curly bracket', 'Avoid make-up {for 24 hours}.', /^The page text has a curly bracket/],
  ['a note in {/* */}', '{/* check with Karen */}', /curly bracket/],
  ['a script tag', '<script>alert(1)</script>', /^The page text has an HTML tag <script>/],
  ['an inline handler', 'Hi <img src=x onerror="alert(1)" /> there', /an HTML tag <img>/],
  ['an iframe', '<iframe src="https://evil.example"></iframe>', /an HTML tag <iframe>/],
  ['a refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta>/],
  ['an HTML link', '<a href="https://example.com">here</a>', /an HTML tag <a>/],
  ['an HTML comment', '<!-- draft: ask Karen -->', /^The page text has a hidden note between <!--/],
  ['a web address in angle brackets', '<https://example.com>', /a web address between < and >/],
  ['a misspelt box', '<Warnign title="Note">Ask.</Warnign>', /^<Warnign> is not one of the boxes/],
  ['an empty tag', '<>Hello</>', /an empty tag <>/],
  ['a box setting it does not take', '<Warning titel="Note">Ask.</Warning>', /setting "titel"/],
  [
    'a title too long for a box',
    `<Warning title="${'W'.repeat(81)}">Ask.</Warning>`,
    /81 characters long; keep it to 80 or fewer/,
  ],
  ['a box without its title', '<Warning>Ask.</Warning>', /^<Warning>'s title is missing/],
  ['a setting that is code', '<DoDontList do={[alert(1)]} />', /"do" must be words in quote/],
  ['settings spread from code', '<DoDontList {...props} />', /"\{\.\.\.\}" must be words/],
  ['a javascript: link', '[Book](javascript:alert(1))', /^A link goes to "javascript:alert\(1\)"/],
  ['a hidden javascript: link', '[Book](java&#9;script:alert(1))', /^A link goes to/],
  ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /^A link goes to "data:/],
  ['an http: link', '[Book](http://booking.example.com/)', /which starts http:\. Use the https:/],
  ['a bare www. address', 'See www.nhs.uk for more.', /^The web address "www\.nhs\.uk" becomes/],
  ['a link to another host by //', '[x](//evil.example/)', /or starts with \/\//],
  ['a reference to javascript:', '[x]: javascript:alert(1)', /^A link goes to "javascript:/],
  ['a picture from another site', '![x](https://example.com/a.png)', /outside the content folder/],
  ['a data: picture', '![x](data:image/png;base64,AAAA)', /outside the content folder/],
  [
    'a missing picture',
    '![x](./missing.jpg)',
    /^A picture points to "\.\/missing\.jpg", but there/,
  ],
  ['an SVG picture', '![x](./logo.svg)', /not a picture the site can show/],
  ['a link to a file the site does not publish', '[prices](./prices.pdf)', /would lead nowhere/],
  ['a link with a broken % escape', '[Prices](50%-off.pdf)', /a % that is not part of an escape/],
  ['a picture with a broken % escape', '![x](%)', /a % that is not part of an escape/],
  ['a name and @ before the host', '[NHS](https://www.nhs.uk@evil.example/acne)', /no plain host/],
  ['https: with no //', '[x](https:evil.example)', /no plain host/],
  ['https:// with no host', '[x](https://)', /no plain host/],
  ['a picture with a query', '![x](./room.jpg?x=1#y)', /a \? or # after the file name/],
  ['an email address in angle brackets', 'Email <hello@example.com>.', /email address between/],
  ['quotes nested thousands deep', '>'.repeat(5000) + ' deep', /inside each other too many/],
  ['a picture outside content', '![x](../../src/secret.jpg)', /outside the content folder/],
  ['a right-to-left override', 'Use SPF \u202edaily', /^The page text has a hidden character/],
  ['a control character', 'Use SPF\u0007 daily', /hidden character/],
  ['a zero-width space', 'Use SP\u200bF daily', /a zero-width space \(U\+200B\)/],
  ['a soft hyphen', 'Micro\u00adneedling', /a soft hyphen/],
];

describe('page text the site refuses', () => {
  it.each(REFUSED)('refuses %s, at its line, as page text', (_what, line, message) => {
    const problems = problemsIn('Text before.', '', line);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatchObject({ file: FILE, field: 'page text', line: 8 });
      expect(problem.message).toContain(' For example: ');
    }
    expect(problems.map(({ message }) => message).join('\n')).toMatch(message);
  });

  it('names the right box for a misspelt one', () => {
    expect(problemsIn('Text.', '<Warnign title="Note">Ask.</Warnign>')).toMatchInlineSnapshot(`
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

  it('reads on past a line it cannot read, so every mistake is shown at once', () => {
    const problems = problemsIn(
      '<meta http-equiv="refresh" content="0">',
      '',
      '[Book](javascript:alert(1))',
      '',
      '<!-- draft -->',
    );
    expect(problems.map(({ line }) => line)).toEqual([6, 8, 10]);
    expect(problems[1]?.message).toMatch(/^A link goes to "javascript:/);
  });

  it('refuses a list nested too deep, and lets one ten levels deep through', () => {
    const nested = (levels: number) =>
      Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- Level ${level + 1}`);
    expect(problemsIn(...nested(10))).toEqual([]);
    expect(problemsIn(...nested(250)).map(({ message }) => message)).toEqual([
      expect.stringMatching(/inside each other too many times/),
    ]);
  });

  it('explains text the parser cannot read at its own line', () => {
    const [problem] = problemsIn('Fine.', '', 'Text with a stray { bracket');
    expect(problem).toMatchObject({ line: 8 });
  });
});
