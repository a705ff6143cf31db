import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FAILURE_LIMIT,
  FAILURE_WINDOW_MS,
  LOCK_MS,
  signInLockout,
} from '~/studio/accounts/sign-in-lockout';

let database: DatabaseSync;
afterEach(() => database.close());

function lockoutWithClock() {
  database = new DatabaseSync(':memory:');
  let time = Date.UTC(2026, 0, 5, 9);
  return {
    lockout: signInLockout(database, () => new Date(time)),
    pass: (ms: number) => {
      time += ms;
    },
    at: () => time,
  };
}

describe('the sign-in pause for one name', () => {
  it(`comes with the ${FAILURE_LIMIT}th try in ${FAILURE_WINDOW_MS / 60_000} minutes and lasts ${LOCK_MS / 60_000} minutes from it`, () => {
    const { lockout, pass, at } = lockoutWithClock();
    for (let attempt = 1; attempt < FAILURE_LIMIT; attempt++) {
      expect(lockout.begin('sam-taylor')).toEqual({ allowed: true, last: false });
      pass(60_000);
    }
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: true, last: true });
    const until = new Date(at() + LOCK_MS);
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: false, until });
    expect(lockout.begin('pat-jones')).toEqual({ allowed: true, last: false });
    pass(LOCK_MS - 1);
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: false, until });
    pass(1);
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: true, last: false });
  });

  it('does not come for tries spread over more than the window', () => {
    const { lockout, pass } = lockoutWithClock();
    for (let attempt = 1; attempt <= FAILURE_LIMIT * 2; attempt++) {
      expect(lockout.begin('sam-taylor')).toMatchObject({ allowed: true });
      pass(FAILURE_WINDOW_MS / (FAILURE_LIMIT - 1) + 1);
    }
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: true, last: false });
  });

  it('forgets the tries before a right password', () => {
    const { lockout } = lockoutWithClock();
    for (let attempt = 1; attempt < FAILURE_LIMIT; attempt++) lockout.begin('sam-taylor');
    lockout.succeeded('sam-taylor');
    expect(lockout.begin('sam-taylor')).toEqual({ allowed: true, last: false });
  });
});
