import { describe, expect, it } from 'vitest';
import { internationalNumber } from '~/lib/phone';

describe('internationalNumber', () => {
  it.each([
    ['020 7946 0321', '+442079460321'],
    ['0207 946 0321', '+442079460321'],
    ['(020) 7946 0321', '+442079460321'],
    ['+44 20 7946 0321', '+442079460321'],
    ['+44 (0)20 7946 0321', '+442079460321'],
    ['0161 496 0000', '+441614960000'],
  ])('writes %s as %s', (written, expected) => {
    expect(internationalNumber(written)).toBe(expected);
  });

  it.each(['020 7946 O321', 'call 020 7946 0321', '020 7946', '12345', '', 'hello@example.com'])(
    'refuses %j',
    (written) => {
      expect(internationalNumber(written)).toBeUndefined();
    },
  );
});
