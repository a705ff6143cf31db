import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../helpers/build-site';
import { astroBuild, blocksOf, runNpm, type CommandResult } from '../helpers/content-commands';

// Page text that passed the content check before it read bodies as the build does, one kind in
// each file, so one build shows the check and the build agree on all of them.
const MISTAKES: Record<string, string> = {
  'treatments/microneedling.mdx':
    '\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n\n[Book](javascript:alert(1))\n',
  'procedures/microneedling.mdx': '\n<!-- ask Karen -->\n\n<Warnign title="Note">Ask.</Warnign>\n',
  'aftercare/microneedling.mdx':
    '\n<Warning titel="Note">Ask.</Warning>\n\n![A photo](https://example.com/a.png)\n',
  'practitioners/karen-evans.mdx': '\nimport Box from "../x.js"\n\nText \u202e reversed.\n',
};

describe('page text the site refuses, in the check and in the build', () => {
  let check: CommandResult;
  let build: CommandResult;

  beforeAll(async () => {
    const content = contentWith();
    for (const [file, text] of Object.entries(MISTAKES)) appendFileSync(join(content, file), text);
    [check, build] = await Promise.all([runNpm('check:content', [], content), astroBuild(content)]);
  });

  it('gives a block for each mistake, in its file', () => {
    expect(check.status).not.toBe(0);
    const blocks = blocksOf(check.output).filter(({ kind }) => kind === 'Problem');
    expect(blocks).toHaveLength(8);
    for (const file of Object.keys(MISTAKES)) {
      expect(blocks.filter(({ where }) => where.includes(file))).toHaveLength(2);
    }
    expect(blocks.every(({ field }) => field === 'page text')).toBe(true);
  });

  it('stops the build with the same blocks, and no stack trace', () => {
    expect(build.status).not.toBe(0);
    for (const { text } of blocksOf(check.output)) expect(build.output).toContain(text);
    expect(build.output).toMatch(/There are 8 mistakes in .* \(shown above\)/);
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
