import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPage, mainText } from '../helpers/built-site';
import { buildSite, contentWith } from '../helpers/build-site';
import { REPOSITORY } from '../helpers/content-fixtures';

let dist = '';

beforeAll(() => {
  dist = buildSite(contentWith(join(REPOSITORY, 'tests', 'fixtures', 'second-treatment')));
});

describe('a second treatment is only new content files', () => {
  it.each([
    '/treatments/example-peel/',
    '/treatments/example-peel/procedure/',
    '/treatments/example-peel/aftercare/',
  ])('builds %s', (path) => {
    expect(mainText(builtPage(path, dist))).toMatch(/example peel/i);
  });

  it('keeps the first treatment and lists both', () => {
    expect(mainText(builtPage('/treatments/microneedling/', dist))).toMatch(
      /Sessions are 6 weeks apart/,
    );
    expect(mainText(builtPage('/treatments/', dist))).toMatch(/Example peel.*Microneedling/);
  });

  it('links the new practitioner, and a shared practitioner to both treatments', () => {
    expect(mainText(builtPage('/treatments/example-peel/', dist))).toMatch(
      /Sessions are 10 days apart.*Sam Sample.*Karen Evans/,
    );
    const karen = builtPage('/practitioners/karen-evans/', dist);
    expect(karen).toContain('href="/treatments/example-peel/"');
    expect(karen).toContain('href="/treatments/microneedling/"');
    expect(mainText(builtPage('/practitioners/sam-sample/', dist))).toMatch(
      /Works on Tuesdays and Thursdays\./,
    );
  });

  it('names no treatment anywhere in the source code', () => {
    const sourceFiles = readdirSync(join(REPOSITORY, 'src'), { recursive: true, encoding: 'utf8' });
    const naming = sourceFiles.filter((file) =>
      /\.(ts|astro|mjs|css)$/.test(file)
        ? /microneedl/i.test(readFileSync(join(REPOSITORY, 'src', file), 'utf8'))
        : false,
    );
    expect(sourceFiles.length).toBeGreaterThan(10);
    expect(naming).toEqual([]);
  });
});
