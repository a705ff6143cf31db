import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../helpers/build-site';
import { astroBuild, type CommandResult } from '../helpers/content-commands';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { tempFolder } from '../helpers/temp-folders';

// What someone with an editor's account could append to a page's text: a line that, were the
// body compiled as code, would write a file on the server while the site is built or previewed.
const marker = join(tempFolder('owned'), 'written-by-page-text');
const PAYLOAD = `\nexport const owned = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran');\n`;
const TREATMENT = join('treatments', 'microneedling.mdx');

describe('an export line in page text, in npm run build', () => {
  const outDir = join(tempFolder('dist'), 'site');
  let result: CommandResult;

  beforeAll(async () => {
    const content = contentWith();
    appendFileSync(join(content, TREATMENT), PAYLOAD);
    result = await astroBuild(content, outDir);
  });

  it('stops the build with a block at its line, and writes nothing', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/treatments\/microneedling\.mdx \(line \d+\)/);
    expect(result.output).toContain('a line starting with "import" or "export"');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

describe('an export line saved into page text while the preview runs', () => {
  let preview: DevServer;
  let content: string;
  const page = () => `${preview.origin}/treatments/microneedling/`;

  beforeAll(async () => {
    content = contentWith();
    preview = await startDevServer(content);
  });
  afterAll(() => preview?.stop());

  it('is refused in place of the page, and never runs', async () => {
    // The page is built once first, so the saved file replaces a module the preview already has.
    expect((await fetch(page(), { headers: { accept: 'text/html' } })).status).toBe(200);
    appendFileSync(join(content, TREATMENT), PAYLOAD);
    await expect
      .poll(async () => (await fetch(page(), { headers: { accept: 'text/html' } })).text(), {
        timeout: 60_000,
      })
      .toContain('a line starting with &quot;import&quot; or &quot;export&quot;');
    expect(existsSync(marker), preview.output()).toBe(false);
  });
});
