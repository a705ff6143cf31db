import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, mainText } from '../helpers/built-site';
import { buildSite, contentWith } from '../helpers/build-site';
import { blocksOf, runNpm, type CommandResult } from '../helpers/content-commands';

const NEW_FILES = [
  'treatments/chemical-peel.mdx',
  'procedures/chemical-peel.mdx',
  'aftercare/chemical-peel.mdx',
  'practitioners/zoe-obrien.mdx',
];

/** What an editor types in place of each placeholder: a number, a unit, a profile, or words. */
const FILLS: [RegExp, string][] = [
  [/value: '\[Write[^\]]*\]'/g, 'value: 4'],
  [/unit: '\[Write[^\]]*\]'/g, 'unit: weeks'],
  [/- '\[Write the file name of a practitioner[^\]]*\]'/g, '- zoe-obrien'],
  [/'\[Write[^\]]*\]'/g, 'Written by the clinic'],
  [/\[Write[^\]]*\]/g, 'Written by the clinic.'],
];

function fillIn(path: string) {
  const text = FILLS.reduce(
    (filled, [placeholder, words]) => filled.replace(placeholder, words),
    readFileSync(path, 'utf8'),
  );
  writeFileSync(path, text);
}

let dir = '';
let made: CommandResult[] = [];
let unfilled: CommandResult;

beforeAll(async () => {
  dir = contentWith();
  made = [
    await runNpm('new', ['treatment', 'Chemical Peel'], dir),
    await runNpm('new', ['practitioner', "Zoë O'Brien"], dir),
  ];
  unfilled = await runNpm('check:content', [], dir);
});

describe('npm run new', () => {
  it('makes the files of a treatment and a practitioner, named from the name', () => {
    expect(made.map(({ status }) => status)).toEqual([0, 0]);
    for (const file of NEW_FILES) {
      expect(readdirSync(join(dir, file, '..'))).toContain(file.split('/')[1]);
    }
    expect(readFileSync(join(dir, 'practitioners/zoe-obrien.mdx'), 'utf8')).toMatch(
      /^name: Zoë O'Brien$/m,
    );
  });

  it('makes files with no commented-out line for an editor to uncomment', () => {
    for (const file of NEW_FILES) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/^\s*#/m);
    }
  });

  it('makes files that the check refuses until every placeholder is replaced', () => {
    expect(unfilled.status).toBe(1);
    const blocks = blocksOf(unfilled.output);
    for (const file of NEW_FILES) {
      expect(
        blocks.some(({ where }) => where.includes(`/${file}`)),
        file,
      ).toBe(true);
    }
    const [problems, warnings] = [
      blocks.filter(({ kind }) => kind === 'Problem'),
      blocks.filter(({ kind }) => kind === 'Warning'),
    ];
    expect(problems.every(({ text }) => /placeholder text of a new file/.test(text))).toBe(true);
    // The only other blocks are reminders of what the clinic has not given yet: the safety facts,
    // the answers to client questions and a way to book.
    expect(
      warnings
        .map(({ field }) => field)
        .filter((field) => !/minimumAge$|beforeAfter$|^contact$/.test(field)),
    ).toEqual([]);
    expect(blocks.map(({ field }) => field)).toEqual(
      expect.arrayContaining([
        'summary',
        'sessionInterval > value',
        'practitioners > item 1',
        'role',
        'page text',
      ]),
    );
  });

  it('refuses to overwrite a file, whatever its spelling', async () => {
    const before = readFileSync(join(dir, 'treatments/chemical-peel.mdx'), 'utf8');
    const again = await runNpm('new', ['treatment', 'chemical peel'], dir);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(
      /Nothing was made: .*treatments\/chemical-peel\.mdx and .* already exist/,
    );
    expect(readFileSync(join(dir, 'treatments/chemical-peel.mdx'), 'utf8')).toBe(before);
    const existing = await runNpm('new', ['practitioner', 'Karen Evans'], dir);
    expect(existing.output).toMatch(/practitioners\/karen-evans\.mdx already exists/);
  });

  it('explains how to use it when the kind or the name is missing', async () => {
    const { status, output } = await runNpm('new', ['doctor'], dir);
    expect(status).toBe(1);
    expect(output).toMatch(/npm run new -- treatment "Chemical peel"/);
  });

  it('makes files that pass the check and build pages once filled in', async () => {
    for (const file of NEW_FILES) fillIn(join(dir, file));
    const filled = await runNpm('check:content', [], dir);
    expect(filled.output).toMatch(/no mistakes/);
    expect(filled.status).toBe(0);

    const dist = buildSite(dir);
    expect(mainText(builtPage('/treatments/chemical-peel/', dist))).toMatch(/Chemical Peel/);
    expect(mainText(builtPage('/treatments/chemical-peel/procedure/', dist))).toMatch(
      /Written by the clinic/,
    );
    expect(mainText(builtPage('/treatments/chemical-peel/aftercare/', dist))).toMatch(
      /Written by the clinic/,
    );
    expect(mainText(builtPage('/practitioners/zoe-obrien/', dist))).toMatch(/Zoë O'Brien/);
  });
});
