import { describe, expect, it } from 'vitest';
import { formatAndList, formatOrList } from '~/lib/lists';

describe('list formatters made once', () => {
  it('write British lists, with no comma before the last item', () => {
    expect(formatAndList(['face', 'neck', 'hands'])).toBe('face, neck and hands');
    expect(formatOrList(['Amira', 'Ben'])).toBe('Amira or Ben');
    expect(formatOrList(['Amira', 'Ben', 'Chloe'])).toBe('Amira, Ben or Chloe');
    expect(formatAndList(['face'])).toBe('face');
    expect(formatAndList([])).toBe('');
  });
});
