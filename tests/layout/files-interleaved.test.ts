import { describe, expect, it } from 'vitest';
import { groupedBy, inTurn } from '../files-interleaved';

describe('the order test files run in', () => {
  it('takes lists in turn, each in its own order, until the longest is done', () => {
    expect(inTurn([['b1', 'b2', 'b3'], ['p1'], ['s1', 's2']])).toEqual([
      'b1',
      'p1',
      's1',
      'b2',
      's2',
      'b3',
    ]);
  });

  it('has nothing to take from no lists or empty ones', () => {
    expect(inTurn([])).toEqual([]);
    expect(inTurn([[], []])).toEqual([]);
  });

  it('groups by a key, keeping the order within each and the order the keys first come', () => {
    const files = ['browser:a', 'pure:b', 'browser:c', 'site:d', 'pure:e'];
    expect(groupedBy(files, (file) => file.split(':')[0])).toEqual([
      ['browser:a', 'browser:c'],
      ['pure:b', 'pure:e'],
      ['site:d'],
    ]);
  });
});
