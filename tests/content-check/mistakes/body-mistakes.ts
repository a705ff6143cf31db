/**
 * Mistakes in page text, the body below a file's fields: code, raw HTML, notes, boxes the site does
 * not have or with settings it does not take, links and pictures that go where page text may not.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { both, type MistakeRow } from './row';

const TREATMENT = 'treatments/microneedling.mdx';
const AFTERCARE = 'aftercare/microneedling.mdx';

/** Adds a paragraph of its own at the end of `file`'s page text. */
const addToText = (file: string, text: string) => (contentDir: string) =>
  appendFileSync(join(contentDir, file), `\n${text}\n`);

const inText = (name: string, text: string, says: RegExp, file = TREATMENT): MistakeRow => ({
  name,
  apply: addToText(file, text),
  block: { file, field: 'page text', says },
});

export const BODY_MISTAKES: readonly MistakeRow[] = [
  inText(
    'an export line that would write a file',
    "export const x = (await import('node:fs')).writeFileSync('/tmp/x', '')",
    /line starting with "import" or "export"/,
  ),
  inText('an import line', "import Box from '../../src/box.astro'", /"import" or "export"/),
  inText('a script tag', '<script>alert(1)</script>', /an HTML tag <script>/),
  inText('an onerror handler', '<img src="x" onerror="alert(1)" />', /an HTML tag <img>/),
  inText('an iframe', '<iframe src="https://evil.example/"></iframe>', /an HTML tag <iframe>/),
  inText(
    'a meta refresh',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    /<meta>/,
  ),
  inText('an HTML comment', '<!-- ask Karen before publishing -->', /a hidden note between <!--/),
  inText(
    'a javascript: link',
    '[Book now](javascript:alert(1))',
    /goes to "javascript:alert\(1\)"/,
  ),
  inText('a data: link', '[Open](data:text/html;base64,PHNjcmlwdD4=)', /goes to "data:/),
  inText('an http: link', '[Book](http://booking.example.com/)', /which starts http:/),
  inText('a misspelt box', '<Warnign title="Note">Ask first.</Warnign>', /<Warnign> is not one of/),
  inText('a box setting it does not take', '<Warning titel="Note">Ask.</Warning>', /"titel"/),
  inText('a box without the setting it needs', '<CareCard>Call us.</CareCard>', /title is missing/),
  inText('a box setting that is code', '<DoDontList do={[alert(1)]} />', /must be words in quote/),
  inText('a curly bracket', 'Avoid make-up {for a day}.', /curly bracket/),
  inText('a right-to-left override', 'Use SPF \u202edaily.', /right-to-left override \(U\+202E\)/),
  inText('a picture from another site', '![Skin](https://example.com/skin.jpg)', /outside the/),
  inText('a missing picture', '![Skin](./skin.jpg)', /no such file in the content folder/),
  {
    name: 'a fake picture',
    apply: both(addToText(AFTERCARE, '![Skin](./skin.jpg)'), (contentDir) =>
      writeFileSync(join(contentDir, 'aftercare', 'skin.jpg'), 'not a picture'),
    ),
    block: { file: AFTERCARE, field: 'page text', says: /not a picture the site can show/ },
  },
  {
    name: 'an SVG picture',
    apply: both(addToText(AFTERCARE, '![Logo](./logo.svg)'), (contentDir) =>
      writeFileSync(
        join(contentDir, 'aftercare', 'logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    ),
    block: { file: AFTERCARE, field: 'page text', says: /SVG is not allowed/ },
  },
];
