import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/content-check/check';
import { reportOf } from '~/content-check/report';
import { contentWithMistake, type Mistake } from '../helpers/content-commands';
import { CONTENT, REPOSITORY } from '../helpers/content-fixtures';

// The smallest PNG there is: its signature and a header are enough for the check to see a picture.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const TREATMENT = 'treatments/microneedling.mdx';
const BODY_LINE = 'Microneedling is a cosmetic treatment for the skin.';

/** The line of the real treatment file that starts with `text`. */
const lineOf = (text: string) =>
  readFileSync(join(CONTENT, TREATMENT), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(text)) + 1;

const checked = (mistake: Mistake) => checkContent(REPOSITORY, contentWithMistake(mistake));
const inBody = (words: string): Mistake => ({
  edit: TREATMENT,
  replace: BODY_LINE,
  with: `${BODY_LINE} ${words}`,
});

describe('the writing check in the content check', () => {
  it('finds nothing in the real content that is not answered in its lists', () => {
    const check = checkContent(REPOSITORY, CONTENT);
    expect(check.problems).toEqual([]);
    expect(check.warnings.filter(({ words }) => words !== undefined)).toEqual([]);
  });

  it('stops the build on a prescription-only medicine, at its line, with why and what instead', () => {
    const { problems } = checked(inBody('We also offer Botox.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: expect.stringMatching(/treatments\/microneedling\.mdx$/),
      field: 'page text',
      line: lineOf(BODY_LINE),
      words: 'Botox',
    });
    expect(reportOf({ files: 7, problems, warnings: [] }, 'content/')).toMatch(
      /Words: +Botox\n +Problem: +This reads as a prescription-only medicine\. UK law forbids .*\n +Instead: +Talk about the consultation/,
    );
  });

  it("takes a practitioner's name as a word of the site, in their profile and on other pages", () => {
    const dir = contentWithMistake({
      edit: 'practitioners/karen-evans.mdx',
      replace: 'name: Karen Evans',
      with: "name: Zoë O'Brien",
    });
    const treatment = join(dir, TREATMENT);
    writeFileSync(
      treatment,
      readFileSync(treatment, 'utf8').replace(BODY_LINE, `${BODY_LINE} Ask Zoë O'Brien.`),
    );
    const { warnings } = checkContent(REPOSITORY, dir);
    expect(warnings.filter(({ words }) => words !== undefined)).toEqual([]);
  });

  it('stops the build on a before-and-after picture in the page text', () => {
    const dir = contentWithMistake(inBody('\n\n![Before and after three sessions](./results.png)'));
    writeFileSync(join(dir, 'treatments', 'results.png'), PNG);
    const { problems } = checkContent(REPOSITORY, dir);
    expect(problems.map(({ words, field }) => [field, words])).toEqual([
      ['page text', 'Before and after three sessions'],
    ]);
  });

  it('warns, without stopping, on a claim in a text field, at the field', () => {
    const check = checked({
      edit: TREATMENT,
      replace: 'renew.',
      with: 'renew. Results are guaranteed.',
    });
    expect(check.problems).toEqual([]);
    expect(check.warnings).toContainEqual(
      expect.objectContaining({
        field: 'intervalReason',
        line: lineOf('intervalReason:'),
        words: 'guaranteed',
      }),
    );
  });

  it('reads the word list: a word taken out of it is a spelling warning again', () => {
    const dir = contentWithMistake({ edit: 'words.txt', replace: 'erythema\n', with: '' });
    const { warnings } = checkContent(REPOSITORY, dir);
    const writing = warnings.filter(({ words }) => words !== undefined);
    expect(writing.map(({ words, field }) => [field, words])).toEqual([
      ['timeline > item 1 > notice', 'erythema'],
    ]);
  });

  it('reads the allowed wording: without it, the real content has its two warnings back', () => {
    const dir = contentWithMistake({ remove: 'allowed-wording.yaml' });
    const { warnings } = checkContent(REPOSITORY, dir);
    expect(
      warnings.flatMap(({ words }) => (words === undefined ? [] : [words.slice(0, 30)])),
    ).toEqual(['the best result', 'Rolling at home gets past your']);
  });

  it('cannot allow what stops the build', () => {
    const dir = contentWithMistake(inBody('We also offer Botox.'));
    appendFileSync(
      join(dir, 'allowed-wording.yaml'),
      '- file: content/treatments/microneedling.mdx\n  words: Botox\n  reason: we would like to keep it\n',
    );
    expect(checkContent(REPOSITORY, dir).problems.map(({ words }) => words)).toEqual(['Botox']);
  });

  it('says how to fix an allowed-wording list written wrong', () => {
    const dir = contentWithMistake({
      edit: 'allowed-wording.yaml',
      replace: '  reason: >-\n    "for the best',
      with: '  because: >-\n    "for the best',
    });
    const { problems } = checkContent(REPOSITORY, dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/allowed-wording\.yaml$/),
        field: 'whole file',
      }),
    ]);
  });

  it('checks sentences against the reading age in site.yaml', () => {
    const dir = contentWithMistake({
      edit: 'site.yaml',
      replace: 'locale: en-GB\n',
      with: 'locale: en-GB\nreadingAge: 12\n',
    });
    const hard = checkContent(REPOSITORY, dir).warnings.filter(({ message }) =>
      message.includes('reading age of 12'),
    );
    expect(hard.length).toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
