import { describe, expect, it } from 'vitest';
import { siteSchema } from '~/schemas/site';
import {
  CONTENT,
  readFolder,
  readSiteFile,
  schemas,
  type CollectionName,
} from '../helpers/content-fixtures';

const collections = Object.keys(schemas) as CollectionName[];

describe('the real content', () => {
  it.each(collections)('every file in content/%s passes its schema', (collection) => {
    const entries = readFolder(CONTENT, collection);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const result = schemas[collection].safeParse(entry.frontmatter);
      expect(result.error?.issues, entry.file).toBeUndefined();
    }
  });

  it('content/site.yaml passes its schema with the clinic zone and locale', () => {
    const settings = siteSchema.parse(readSiteFile(CONTENT));
    expect(settings.locale).toBe('en-GB');
    expect(settings.timeZone).toBe('Europe/London');
  });

  it('keeps the seed facts in typed fields', () => {
    const [treatment] = readFolder(CONTENT, 'treatments').map((entry) =>
      schemas.treatments.parse(entry.frontmatter),
    );
    expect(treatment?.needleDepths?.clinic).toMatchObject({ min: 1, max: 1.5 });
    expect(treatment?.needleDepths?.home?.options).toEqual([0.25, 0.5]);
    expect(treatment?.sessionInterval).toEqual({ value: 6, unit: 'weeks' });
    expect(treatment?.practitioners.map(({ id }) => id)).toEqual([
      'karen-evans',
      'palwasha-yusofi',
      'ilona-abramenko',
    ]);
  });
});
