import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/content-check/check';
import { problemBlock } from '~/content-check/report';
import { partsOfMessage } from '~/schemas/messages';
import { contentWith } from '../helpers/build-site';
import { REPOSITORY } from '../helpers/content-fixtures';
import { PICTURES } from '../helpers/pictures';
import { MISTAKES } from './mistakes';
import { replaceIn } from './mistakes/row';

describe('the table of mistakes', () => {
  it('starts from content with no mistakes, so each block comes from its row', () => {
    expect(checkContent(REPOSITORY, contentWith()).problems).toEqual([]);
  });

  it.each(MISTAKES.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const dir = contentWith();
    row.apply(dir);
    const { problems } = checkContent(REPOSITORY, dir);
    const blocks = problems.map((problem) => problemBlock(problem, 'Problem')).join('\n\n');
    const found = problems.find(
      ({ file, field }) => file === join(dir, row.block.file) && field === row.block.field,
    );
    expect(
      found,
      `no block for ${row.block.file}, ${row.block.field} in:\n${blocks}`,
    ).toBeDefined();
    const { problem, example } = partsOfMessage(found?.message ?? '');
    expect(problem).toMatch(row.block.says);
    // Every block says what to write instead.
    expect(example).toBeTruthy();
    if (row.block.line !== undefined) expect(found?.line).toBe(row.block.line);
  });
});

describe('what the rows refuse is refused for a reason', () => {
  const FORMATS = PICTURES;

  it.each(Object.entries(FORMATS))('accepts a real %s photo', (ending, bytes) => {
    const dir = contentWith();
    replaceIn(
      'practitioners/karen-evans.mdx',
      'role: Practitioner\n',
      `role: Practitioner\nphoto: ./karen-evans/photo.${ending}\nphotoAlt: Karen smiling\n`,
    )(dir);
    contentWithFolder(dir, 'practitioners/karen-evans');
    writeFileSync(join(dir, `practitioners/karen-evans/photo.${ending}`), bytes);
    expect(checkContent(REPOSITORY, dir).problems).toEqual([]);
  });

  it('accepts text of every limit, and the line breaks and tabs a paragraph may have', () => {
    const dir = contentWith();
    replaceIn(
      'treatments/microneedling.mdx',
      'name: Microneedling',
      `name: ${'M'.repeat(80)}`,
    )(dir);
    replaceIn(
      'procedures/microneedling.mdx',
      'detail: The area to be treated is cleansed twice.',
      `detail: "Cleansed\\ttwice.\\nThen dried."`,
    )(dir);
    replaceIn('treatments/microneedling.mdx', 'value: 6', 'value: 52')(dir);
    expect(checkContent(REPOSITORY, dir).problems).toEqual([]);
  });
});

function contentWithFolder(dir: string, folder: string) {
  mkdirSync(join(dir, folder), { recursive: true });
}
