import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AccountMistake,
  openAccounts,
  SIGN_IN_MESSAGES,
  type Accounts,
} from '~/studio/accounts/accounts';
import { FAILURE_LIMIT, LOCK_MS } from '~/studio/accounts/sign-in-lockout';
import { SESSION_SECONDS, SIGN_IN_TRIES_PER_MINUTE } from '~/studio/accounts/studio-auth';
import { tempFolder } from '../../helpers/temp-folders';

const ORIGIN = 'https://studio.clinic.example';

/** A clock that moves only when told, starting at the system's time as better-auth's stamps do. */
function fakeClock() {
  let time = Date.now();
  return {
    now: () => new Date(time),
    pass: (ms: number) => {
      time += ms;
    },
  };
}

let opened: Accounts[] = [];
afterEach(() => {
  for (const accounts of opened) accounts.close();
  opened = [];
});

async function studio(options: { origin?: string } = {}) {
  const dataDir = join(tempFolder('accounts'), 'studio-data');
  const clock = fakeClock();
  const accounts = await openAccounts({
    dataDir,
    origin: options.origin ?? ORIGIN,
    now: clock.now,
  });
  opened.push(accounts);
  return { accounts, clock, dataDir };
}

/** The headers of a sign-in form posted by a browser on the studio's page, through nginx. */
const formHeaders = (address = '203.0.113.10') =>
  new Headers({ origin: ORIGIN, 'x-forwarded-for': address, 'user-agent': 'test browser' });

/** What the browser sends back after taking the `Set-Cookie` lines. */
const cookieFrom = (setCookie: string[]) =>
  new Headers({
    cookie: setCookie
      .map((line) => line.split(';')[0] ?? '')
      .filter((pair) => !pair.endsWith('='))
      .join('; '),
  });

async function signedIn(accounts: Accounts, username: string, password: string) {
  const result = await accounts.signIn(username, password, formHeaders());
  if (!result.ok) throw new Error(`Could not sign in: ${result.message}`);
  return cookieFrom(result.setCookie);
}

describe('the studio accounts', () => {
  it('signs in a person who was added, and knows them by the session cookie', async () => {
    const { accounts } = await studio();
    const { person, password } = await accounts.addPerson('Sam Taylor');
    expect(person).toEqual({ id: expect.any(String), name: 'Sam Taylor', username: 'sam-taylor' });

    const result = await accounts.signIn('sam-taylor', password, formHeaders());
    expect(result).toEqual({ ok: true, person, setCookie: [expect.any(String)] });
    if (!result.ok) return;
    const [cookie = ''] = result.setCookie;
    expect(cookie).toMatch(/^__Secure-studio\.session_token=/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).toMatch(`; Max-Age=${SESSION_SECONDS};`);

    const session = await accounts.sessionOf(cookieFrom(result.setCookie));
    expect(session?.person).toEqual(person);
    expect(await accounts.sessionOf(new Headers())).toBeUndefined();
    expect(await accounts.people()).toEqual([person]);
  });

  it('takes the name as well as the sign-in name on the sign-in page', async () => {
    const { accounts } = await studio();
    const { password } = await accounts.addPerson('Zoë O’Brien');
    const result = await accounts.signIn('  Zoë O’Brien ', password, formHeaders());
    expect(result.ok && result.person.username).toBe('zoe-obrien');
  });

  it('gives cookies without Secure when the studio is served over plain http', async () => {
    const { accounts } = await studio({ origin: 'http://127.0.0.1:4330' });
    const { password } = await accounts.addPerson('Sam Taylor');
    const result = await accounts.signIn(
      'sam-taylor',
      password,
      new Headers({ origin: 'http://127.0.0.1:4330' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.setCookie[0]).toMatch(/^studio\.session_token=/);
    expect(result.setCookie[0]).not.toMatch(/Secure/);
    expect(result.setCookie[0]).toMatch(/; HttpOnly; SameSite=Lax$/);
  });

  it('refuses a wrong password, and a name without an account, with the same message', async () => {
    const { accounts } = await studio();
    await accounts.addPerson('Sam Taylor');
    const wrong = { ok: false, message: SIGN_IN_MESSAGES.wrong };
    expect(await accounts.signIn('sam-taylor', 'not-the-password', formHeaders())).toEqual(wrong);
    expect(await accounts.signIn('pat-jones', 'not-the-password', formHeaders())).toEqual(wrong);
    expect(await accounts.signIn('', 'anything', formHeaders())).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.missing,
    });
  });

  it('refuses a sign-in form posted from another site', async () => {
    const { accounts } = await studio();
    const { password } = await accounts.addPerson('Sam Taylor');
    const elsewhere = new Headers({ origin: 'https://elsewhere.example' });
    expect(await accounts.signIn('sam-taylor', password, elsewhere)).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.refused,
    });
  });

  it(`pauses a sign-in name after ${FAILURE_LIMIT} wrong passwords, even for the right one, until the pause is over`, async () => {
    const { accounts, clock } = await studio();
    const { password } = await accounts.addPerson('Sam Taylor');
    for (let attempt = 1; attempt <= FAILURE_LIMIT; attempt++) {
      // From a different address each time: the pause is for the name, wherever the tries come from.
      const result = await accounts.signIn(
        'sam-taylor',
        'guess',
        formHeaders(`198.51.100.${attempt}`),
      );
      expect(result).toEqual({
        ok: false,
        message: attempt < FAILURE_LIMIT ? SIGN_IN_MESSAGES.wrong : SIGN_IN_MESSAGES.nowPaused,
      });
    }
    const paused = { ok: false, message: SIGN_IN_MESSAGES.paused(LOCK_MS / 60_000) };
    expect(await accounts.signIn('sam-taylor', password, formHeaders())).toEqual(paused);

    clock.pass(LOCK_MS - 60_000);
    expect(await accounts.signIn('sam-taylor', password, formHeaders())).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.paused(1),
    });
    // Another name is not paused by the first one's tries.
    const other = await accounts.addPerson('Pat Jones');
    expect((await accounts.signIn('pat-jones', other.password, formHeaders())).ok).toBe(true);

    clock.pass(60_000);
    expect((await accounts.signIn('sam-taylor', password, formHeaders())).ok).toBe(true);
  });

  it('counts tries made at the same moment, so none slip past the pause', async () => {
    const { accounts } = await studio();
    await accounts.addPerson('Sam Taylor');
    const tries = FAILURE_LIMIT + 3;
    const results = await Promise.all(
      Array.from({ length: tries }, (_, index) =>
        accounts.signIn('sam-taylor', 'guess', formHeaders(`198.51.100.${index + 1}`)),
      ),
    );
    const paused = results.filter(
      (result) => !result.ok && result.message === SIGN_IN_MESSAGES.paused(LOCK_MS / 60_000),
    );
    expect(paused).toHaveLength(tries - FAILURE_LIMIT);
  });

  it('starts the count again after a right password', async () => {
    const { accounts } = await studio();
    const { password } = await accounts.addPerson('Sam Taylor');
    for (let attempt = 1; attempt < FAILURE_LIMIT; attempt++) {
      await accounts.signIn('sam-taylor', 'guess', formHeaders());
    }
    expect((await accounts.signIn('sam-taylor', password, formHeaders())).ok).toBe(true);
    expect(await accounts.signIn('sam-taylor', 'guess', formHeaders())).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.wrong,
    });
  });

  it(`slows one address to ${SIGN_IN_TRIES_PER_MINUTE} tries a minute, whatever names it tries`, async () => {
    const { accounts } = await studio();
    // Well within the minute better-auth counts by the system clock: each try takes milliseconds.
    for (let attempt = 1; attempt <= SIGN_IN_TRIES_PER_MINUTE; attempt++) {
      const result = await accounts.signIn(`guess-${attempt}`, 'guess', formHeaders('192.0.2.7'));
      expect(result).toEqual({ ok: false, message: SIGN_IN_MESSAGES.wrong });
    }
    expect(await accounts.signIn('guess-next', 'guess', formHeaders('192.0.2.7'))).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.tooFast,
    });
    expect(await accounts.signIn('guess-next', 'guess', formHeaders('192.0.2.8'))).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.wrong,
    });
  });

  it('ends the session in the database on sign-out, so the old cookie no longer works', async () => {
    const { accounts } = await studio();
    const { password } = await accounts.addPerson('Sam Taylor');
    const cookie = await signedIn(accounts, 'sam-taylor', password);
    const { setCookie } = await accounts.signOut(cookie);
    expect(setCookie).toContainEqual(expect.stringMatching(/^__Secure-studio\.session_token=;/));
    expect(await accounts.sessionOf(cookie)).toBeUndefined();
  });

  it('ends the sessions of a person who is removed', async () => {
    const { accounts } = await studio();
    const sam = await accounts.addPerson('Sam Taylor');
    const pat = await accounts.addPerson('Pat Jones');
    const samCookie = await signedIn(accounts, 'sam-taylor', sam.password);
    const patCookie = await signedIn(accounts, 'pat-jones', pat.password);

    expect(await accounts.removePerson('Sam Taylor')).toEqual(sam.person);
    expect(await accounts.sessionOf(samCookie)).toBeUndefined();
    expect((await accounts.sessionOf(patCookie))?.person).toEqual(pat.person);
    expect(await accounts.people()).toEqual([pat.person]);
    expect(await accounts.signIn('sam-taylor', sam.password, formHeaders())).toEqual({
      ok: false,
      message: SIGN_IN_MESSAGES.wrong,
    });
    expect(await accounts.removePerson('sam-taylor')).toBeUndefined();
  });

  it('refuses a session once its time is over', async () => {
    const { accounts, clock } = await studio();
    const { password, person } = await accounts.addPerson('Sam Taylor');
    const cookie = await signedIn(accounts, 'sam-taylor', password);
    const session = await accounts.sessionOf(cookie);
    expect(session?.person).toEqual(person);
    const expires = session?.expires.getTime() ?? 0;
    expect(expires).toBeGreaterThan(clock.now().getTime() + SESSION_SECONDS * 1000 - 60_000);

    clock.pass(expires - 1 - clock.now().getTime());
    expect((await accounts.sessionOf(cookie))?.person).toEqual(person);
    clock.pass(1);
    expect(await accounts.sessionOf(cookie)).toBeUndefined();
  });

  it('refuses a second account with the same sign-in name, and names with hidden characters', async () => {
    const { accounts } = await studio();
    await accounts.addPerson('Sam Taylor');
    await expect(accounts.addPerson('sam  taylor')).rejects.toThrow(
      new AccountMistake(
        'There is already an account with the sign-in name sam-taylor, for Sam Taylor. If this is someone else, add something to tell them apart, such as a middle initial: "Sam J Taylor".',
      ),
    );
    await expect(accounts.addPerson('Sam\u200bTaylor')).rejects.toThrow(
      'The name has a zero-width space (U+200B) after "Sam".',
    );
    await expect(accounts.addPerson('S')).rejects.toThrow(AccountMistake);
    expect(await accounts.people()).toHaveLength(1);
  });

  it('keeps passwords only as slow hashes, in a file only its owner can read', async () => {
    const { accounts, dataDir } = await studio();
    const { password } = await accounts.addPerson('Sam Taylor');
    await signedIn(accounts, 'sam-taylor', password);
    await accounts.signIn('sam-taylor', `${password}x`, formHeaders());
    accounts.close();
    opened = [];

    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dataDir).filter((name) => name.startsWith('accounts.sqlite'));
    expect(files).toContain('accounts.sqlite');
    for (const name of files) {
      const path = join(dataDir, name);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const bytes = readFileSync(path);
      expect(bytes.includes(password)).toBe(false);
      expect(bytes.includes(password.replaceAll('-', ''))).toBe(false);
    }
    // better-auth's scrypt hashes are the salt and key in hex, joined by a colon.
    expect(readFileSync(join(dataDir, 'accounts.sqlite')).toString('latin1')).toMatch(
      /[0-9a-f]{32}:[0-9a-f]{128}/,
    );
  });

  it('keeps accounts and sessions when it is opened again', async () => {
    const { accounts, dataDir } = await studio();
    const { password, person } = await accounts.addPerson('Sam Taylor');
    const cookie = await signedIn(accounts, 'sam-taylor', password);
    accounts.close();
    opened = [];
    const again = await openAccounts({ dataDir, origin: ORIGIN });
    opened.push(again);
    expect(await again.people()).toEqual([person]);
    expect((await again.sessionOf(cookie))?.person).toEqual(person);
  });
});
