import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '~/content-loading/plain-markdown';

const bodyOf = (path: string) => readFileSync(path, 'utf8').split(/^---$/m)[2] ?? '';

describe('an MDX body', () => {
  it.each([
    ['the real treatment', bodyOf('content/treatments/microneedling.mdx')],
    ['the real procedure', bodyOf('content/procedures/microneedling.mdx')],
    ['headings, lists and links', '## Before\n\n- Drink water.\n- Rest.\n\n[More](/treatments/)\n'],
    ['a list item continued on an indented line', '- First line\n  and its second line\n'],
    ['nothing', ''],
  ])('in plain Markdown (%s) is rendered without a module', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(true);
  });

  it.each([
    ['a component', '<InsetText>\n  Keep your skin hydrated.\n</InsetText>\n'],
    ['an expression', 'Sessions are {6} weeks apart.\n'],
    ['a comment', 'Text {/* a note */}\n'],
    ['HTML', 'Text with <br /> a break.\n'],
    ['an autolink', 'See <https://www.nhs.uk/>.\n'],
    ['an import', "import Box from './Box.astro';\n\nText.\n"],
    ['an export', 'export const title = "x";\n\nText.\n'],
    ['an image', 'A photo: ![The clinic](./clinic.jpg)\n'],
    ['an indented paragraph, which Markdown shows as code', 'Text.\n\n    indented text\n'],
    ['a line starting with a tab', 'Text.\n\n\tindented text\n'],
  ])('with %s keeps its module', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});
