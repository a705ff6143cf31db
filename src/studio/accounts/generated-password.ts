import { randomInt } from 'node:crypto';

// Lower case letters and digits without the ones that are easily misread (0 and o, 1, l and i),
// so a password read off a screen or a note is typed right first time.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A new password for a person, such as `k7mqp-x3vtr-9hcwa-ne4fz`: 20 characters drawn at random
 * from 31, about 99 bits, too many to guess however many tries are allowed.
 */
export function generatedPassword(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}
