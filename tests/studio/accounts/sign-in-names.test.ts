import { describe, expect, it } from 'vitest';
import {
  isSignInName,
  nameProblem,
  signInNameFrom,
  tidyName,
} from '~/studio/accounts/sign-in-names';

describe('sign-in names', () => {
  it.each([
    ['Sam Taylor', 'sam-taylor'],
    ['  Sam   Taylor ', 'sam-taylor'],
    ['Anne-Marie Smith', 'anne-marie-smith'],
    ["Zoë O'Brien", 'zoe-obrien'],
    ['Seán Ó Briain', 'sean-o-briain'],
    ['Jürgen Weiß', 'jurgen-weiss'],
    ['Søren Łukasz', 'soren-lukasz'],
    ['Sam & Taylor (Reception)', 'sam-taylor-reception'],
    ['sam-taylor', 'sam-taylor'],
    ['李明', ''],
  ])('are made from "%s" as "%s"', (name, signInName) => {
    expect(signInNameFrom(name)).toBe(signInName);
    if (signInName !== '') expect(isSignInName(signInName)).toBe(true);
  });

  it('refuse names with hidden characters, saying which and where', () => {
    expect(nameProblem('Sam\u202eTaylor')).toBe(
      'The name has a right-to-left override (U+202E) after "Sam". Type the name again instead of pasting it.',
    );
    expect(nameProblem('\u200bSam')).toMatch(
      /^The name has a zero-width space \(U\+200B\) at the start\./,
    );
    expect(nameProblem('Sam\tTaylor')).toMatch(/^The name has a tab/);
  });

  it('refuse names with < or >, which the history cannot keep as an author', () => {
    expect(nameProblem('"><img src=x onerror=alert(1)>')).toBe(
      'The name has ">" in it, which the history cannot keep in a name. Write the name without it.',
    );
    expect(nameProblem('Sam <Taylor')).toMatch(/^The name has "<" in it/);
  });

  it('refuse names too short, too long, or with too little in Latin letters', () => {
    expect(nameProblem('S')).toMatch(/at least 2 characters/);
    expect(nameProblem('S'.repeat(61))).toMatch(/61 characters long; it can be at most 60/);
    expect(nameProblem('李明')).toMatch(/letters A to Z/);
    expect(nameProblem(tidyName('  Sam   Taylor  '))).toBeUndefined();
    expect(tidyName('  Sam   Taylor  ')).toBe('Sam Taylor');
  });
});
