import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/content-check/check';
import { KeptFindings } from '~/content-check/files/kept-findings';
import { writingChecker, type WritingChecker } from '~/writing-check/check-text';
import type { WritingSettings } from '~/writing-check/processor';
import { CONTENT, REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';

const SETTINGS: WritingSettings = { readingAge: 16, words: [] };
const TEXT = 'We offer the best results of any clinic, guaranteed.';

/** The real checker, counting the texts it is asked to read. */
function countingChecker(settings = SETTINGS): { checker: WritingChecker; asked: string[] } {
  const real = writingChecker(settings);
  const asked: string[] = [];
  return {
    asked,
    checker: {
      field: (text) => (asked.push(text), real.field(text)),
      body: (root, text) => (asked.push(text), real.body(root, text)),
    },
  };
}

/** A project folder with a lock file of its own, so its packages can be said to change. */
function project(): { root: string; file: string } {
  const root = tempFolder('kept-findings');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  return { root, file: join(root, 'writing-check.json') };
}

describe('findings kept between checks', () => {
  it('gives the real findings, reading a text once however often it is asked', () => {
    const { root, file } = project();
    const { checker, asked } = countingChecker();
    const kept = new KeptFindings(root, file).checking(() => checker, SETTINGS);
    const first = kept.field(TEXT);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(writingChecker(SETTINGS).field(TEXT));
    expect(kept.field(TEXT)).toEqual(first);
    expect(asked).toEqual([TEXT]);
  });

  it('answers the next run from its file, until the reading age, the words or the packages change', () => {
    const { root, file } = project();
    const saved = new KeptFindings(root, file);
    const findings = saved.checking(() => countingChecker().checker, SETTINGS).field(TEXT);
    saved.save();

    const again = countingChecker();
    expect(
      new KeptFindings(root, file).checking(() => again.checker, SETTINGS).field(TEXT),
    ).toEqual(findings);
    expect(again.asked, 'same text, same settings').toEqual([]);
    const unmade = () => {
      throw new Error('no checker is needed when every text is kept');
    };
    expect(new KeptFindings(root, file).checking(unmade, SETTINGS).field(TEXT)).toEqual(findings);

    for (const settings of [
      { ...SETTINGS, readingAge: 9 },
      { ...SETTINGS, words: ['guaranteed'] },
    ]) {
      const other = countingChecker(settings);
      new KeptFindings(root, file).checking(() => other.checker, settings).field(TEXT);
      expect(other.asked, JSON.stringify(settings)).toEqual([TEXT]);
    }

    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    const updated = countingChecker();
    new KeptFindings(root, file).checking(() => updated.checker, SETTINGS).field(TEXT);
    expect(updated.asked, 'another lock file').toEqual([TEXT]);
  });

  it('keeps only what the last check asked for', () => {
    const { root, file } = project();
    const first = new KeptFindings(root, file);
    const checking = first.checking(() => countingChecker().checker, SETTINGS);
    checking.field(TEXT);
    checking.field('A short, plain sentence.');
    first.save();
    const second = new KeptFindings(root, file);
    second.checking(() => countingChecker().checker, SETTINGS).field(TEXT);
    second.save();
    const { texts } = JSON.parse(readFileSync(file, 'utf8')) as { texts: object };
    expect(Object.keys(texts)).toHaveLength(1);
  });

  it('reads a text with an unknown word again each time, so its suggestions never run out', () => {
    const { root, file } = project();
    const typo = 'Please book an appointmnet before your first session.';
    const { checker, asked } = countingChecker();
    const kept = new KeptFindings(root, file);
    const checking = kept.checking(() => checker, SETTINGS);
    expect(checking.field(typo).map(({ words }) => words)).toContain('appointmnet');
    checking.field(typo);
    expect(asked).toEqual([typo, typo]);
    kept.save();
    expect(readFileSync(file, 'utf8')).not.toContain('appointmnet');
  });

  it('goes on when its file cannot be written', () => {
    const { root } = project();
    const kept = new KeptFindings(root, join(root, 'no such folder', 'writing-check.json'));
    kept.checking(() => countingChecker().checker, SETTINGS).field(TEXT);
    expect(() => kept.save()).not.toThrow();
  });

  it('checks every text again when its file is damaged or not its own', () => {
    const { root, file } = project();
    for (const damaged of [
      '{"version":1,"texts":{"x":',
      '[]',
      '{"version":1,"texts":{"any":[{"line":"1"}]}}',
    ]) {
      writeFileSync(file, damaged);
      const { checker, asked } = countingChecker();
      new KeptFindings(root, file).checking(() => checker, SETTINGS).field(TEXT);
      expect(asked, damaged).toEqual([TEXT]);
    }
  });

  it('gives the content check the same mistakes and warnings, from the file as from the text', () => {
    const { root, file } = project();
    const content = join(root, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const treatment = join(content, 'treatments', 'microneedling.mdx');
    // A claim that stops the build must stop it just the same when its finding was kept.
    writeFileSync(
      treatment,
      readFileSync(treatment, 'utf8').replace(
        "the skin's own repair",
        "the skin's own repair, as anti-wrinkle injections do",
      ),
    );
    const fresh = checkContent(REPOSITORY, content);
    expect(fresh.problems.some(({ words }) => words !== undefined)).toBe(true);
    expect(checkContent(REPOSITORY, content, new KeptFindings(root, file))).toEqual(fresh);
    expect(checkContent(REPOSITORY, content, new KeptFindings(root, file))).toEqual(fresh);
  });
});
