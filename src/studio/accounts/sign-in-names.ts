/**
 * A person's sign-in name comes from their name: lower case, words joined by hyphens
 * ("Sam Taylor" → `sam-taylor`). The same rule reads what is typed on the sign-in page and what is
 * given to `npm run studio:user -- remove`, so "Sam Taylor" finds `sam-taylor` there too.
 */
import { firstHiddenCharacter } from '../../text/hidden-characters.ts';

export const NAME_LENGTH = { min: 2, max: 60 } as const;
export const SIGN_IN_NAME_LENGTH = { min: 2, max: 64 } as const;

/** What better-auth's username plugin is told a sign-in name may be. */
export const isSignInName = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);

// Letters that Unicode does not split into a base letter and a mark.
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** "Zoë O'Brien" → `zoe-obrien`; an empty string when nothing of the name is A to Z or 0 to 9. */
export function signInNameFrom(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => OWN_LETTERS[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name as it is kept: trimmed, with single spaces between words. */
export const tidyName = (name: string) => name.trim().replace(/ {2,}/g, ' ');

/** What is wrong with a person's name (already tidied) for an account, or undefined when nothing is. */
export function nameProblem(name: string): string | undefined {
  const hidden = firstHiddenCharacter(name, false);
  if (hidden) {
    const where = hidden.after === '' ? 'at the start' : `after "${hidden.after}"`;
    return `The name has ${hidden.name} (${hidden.code}) ${where}. Type the name again instead of pasting it.`;
  }
  // git keeps an author as `name <address>`, so these cannot be part of a name in the history.
  const angle = /[<>]/.exec(name)?.[0];
  if (angle !== undefined) {
    return `The name has "${angle}" in it, which the history cannot keep in a name. Write the name without it.`;
  }
  const length = [...name].length;
  if (length < NAME_LENGTH.min) {
    return `Write the person's name, at least ${NAME_LENGTH.min} characters, for example "Sam Taylor".`;
  }
  if (length > NAME_LENGTH.max) {
    return `The name is ${length} characters long; it can be at most ${NAME_LENGTH.max}.`;
  }
  const signInName = signInNameFrom(name);
  if (signInName.length < SIGN_IN_NAME_LENGTH.min) {
    return `A sign-in name is made from the letters A to Z and the digits in the name, and "${name}" has fewer than ${SIGN_IN_NAME_LENGTH.min} of them. Write the name in Latin letters, for example "Li Wei".`;
  }
  if (signInName.length > SIGN_IN_NAME_LENGTH.max) {
    return `The sign-in name made from this name would be longer than ${SIGN_IN_NAME_LENGTH.max} characters. Write a shorter form of the name.`;
  }
  return undefined;
}
