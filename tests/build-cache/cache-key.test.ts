import { describe, expect, it } from 'vitest';
import { cacheKeyOf, type KeyedEntry } from '../../src/build-cache/cache-key';

const treatment: KeyedEntry = { collection: 'treatments', id: 'peel', digest: 'a1', data: {} };
const karen: KeyedEntry = { collection: 'practitioners', id: 'karen', digest: 'b2', data: {} };
const site: KeyedEntry = {
  collection: 'site',
  id: 'site',
  data: { clinicName: 'The Skin Clinic' },
};

describe('a page cache key', () => {
  it('stays the same while its entries do', () => {
    expect(cacheKeyOf([site, treatment, karen])).toBe(cacheKeyOf([site, treatment, karen]));
  });

  it('changes when an entry file changes', () => {
    expect(cacheKeyOf([treatment, { ...karen, digest: 'b3' }])).not.toBe(
      cacheKeyOf([treatment, karen]),
    );
  });

  it('changes when an entry joins, leaves or moves in the list', () => {
    const key = cacheKeyOf([treatment, karen]);
    expect(cacheKeyOf([treatment])).not.toBe(key);
    expect(cacheKeyOf([karen, treatment])).not.toBe(key);
  });

  it('keys an entry without a digest by its data', () => {
    const renamed = { ...site, data: { clinicName: 'Skin Co' } };
    expect(cacheKeyOf([renamed])).not.toBe(cacheKeyOf([site]));
    expect(cacheKeyOf([{ ...site, data: { clinicName: 'The Skin Clinic' } }])).toBe(
      cacheKeyOf([site]),
    );
  });
});
