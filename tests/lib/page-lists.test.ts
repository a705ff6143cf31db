import { describe, expect, it } from 'vitest';
import * as browserLists from '~/lib/lists';
import { formatAndList, formatOrList } from '~/lib/page-lists';

const NAMES = ['Amira Haddad', 'Ben Okafor', 'Chloe Lam', 'Dev Patel', 'Eve Novak'];
const LISTS = NAMES.map((_, i) => NAMES.slice(0, i + 1));

describe("the pages' list formatters", () => {
  it('join every length of list as the browser scripts do', () => {
    for (const list of [[], ...LISTS]) {
      expect(formatAndList(list)).toBe(browserLists.formatAndList(list));
      expect(formatOrList(list)).toBe(browserLists.formatOrList(list));
    }
  });

  it('write British lists, with no comma before the last item', () => {
    expect(formatAndList(['face', 'neck', 'hands'])).toBe('face, neck and hands');
    expect(formatOrList(['Amira', 'Ben'])).toBe('Amira or Ben');
  });
});
