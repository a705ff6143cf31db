import { satteri } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { pageTextGuard } from '~/content-check/body/build-guard';
import contentCheck from '~/content-check/integration';
import { CONTENT, REPOSITORY } from '../../helpers/content-fixtures';
import { tempFolder } from '../../helpers/temp-folders';

const page = new URL('file:///site/content/treatments/peel.mdx');
// Async wrappers, so a compile that throws at once and one that rejects are tested the same way.
const compileMdx = async (source: string) =>
  mdxToJs(source, { mdastPlugins: [pageTextGuard], fileURL: page });
const compileMarkdown = async (source: string) =>
  markdownToHtml(source, { mdastPlugins: [pageTextGuard] });

describe('the page text guard inside the compilers', () => {
  it('compiles Markdown and the boxes as before', async () => {
    const source = 'Some *words*.\n\n<Warning title="Important">\n\nAsk first.\n\n</Warning>\n';
    expect(String((await compileMdx(source)).code)).toContain('Ask first.');
    expect((await compileMarkdown('Some *words*.')).html).toBe('<p>Some <em>words</em>.</p>\n');
  });

  it('stops an MDX compile holding code, naming the file and the line', async () => {
    await expect(compileMdx('Hi.\n\nexport const x = 1\n')).rejects.toThrow(
      /^\/site\/content\/treatments\/peel\.mdx, line 3: The page text has a line starting with "import" or "export"/,
    );
    await expect(compileMdx('Hi {process.exit(1)}')).rejects.toThrow(/curly bracket/);
    await expect(compileMdx('<iframe src="https://x.example"></iframe>')).rejects.toThrow(
      /HTML tag <iframe>/,
    );
  });

  it('stops a Markdown compile holding raw HTML or a javascript: link', async () => {
    await expect(compileMarkdown('<meta http-equiv="refresh" content="0">')).rejects.toThrow(
      /HTML tag/,
    );
    await expect(compileMarkdown('[x](javascript:alert(1))')).rejects.toThrow(
      /A link goes to "javascript:alert\(1\)"/,
    );
  });
});

describe('the content check integration', () => {
  it('adds the guard to the Markdown processor that MDX compiles with', async () => {
    const processor = satteri();
    const setup = contentCheck(CONTENT).hooks['astro:config:setup'];
    const config = {
      root: new URL(`file://${REPOSITORY}/`),
      cacheDir: new URL(`file://${tempFolder('build-guard-cache')}/`),
      markdown: { processor },
    };
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    await setup?.({ command: 'build', config, logger } as unknown as Parameters<
      NonNullable<typeof setup>
    >[0]);
    expect(processor.options.mdastPlugins).toContain(pageTextGuard);
  });
});
