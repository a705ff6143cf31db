/**
 * The studio's accounts: one for each person who edits, made from the command line, signed in to
 * with a sign-in name and password. The server (plain node:http) calls these with the request's
 * Web `Headers` and sends back the `Set-Cookie` lines it is given.
 */
import { getMigrations } from 'better-auth/db/migration';
import { authSecret, openAccountsDatabase } from './accounts-database.ts';
import { generatedPassword } from './generated-password.ts';
import { FAILURE_LIMIT, LOCK_MS, signInLockout, type SignInLockout } from './sign-in-lockout.ts';
import { nameProblem, signInNameFrom, tidyName } from './sign-in-names.ts';
import { SIGN_IN_PATH, studioAuth, type StudioAuth } from './studio-auth.ts';

export interface Person {
  id: string;
  /** As it was given: "Sam Taylor". */
  name: string;
  /** The sign-in name made from it: `sam-taylor`. */
  username: string;
}

export type SignInResult =
  { ok: true; person: Person; setCookie: string[] } | { ok: false; message: string };

export interface Accounts {
  /** The person signed in by the request's cookie, while their session lasts. */
  sessionOf(headers: Headers): Promise<{ person: Person; expires: Date } | undefined>;
  /**
   * Checks a sign-in form. `headers` are the form request's own: its Origin must be the studio's
   * (as for every form the server takes), and the address nginx puts in X-Forwarded-For or
   * X-Real-IP counts the tries from one place.
   */
  signIn(username: string, password: string, headers: Headers): Promise<SignInResult>;
  /** Ends the request's session in the database and gives the cookies that clear it. */
  signOut(headers: Headers): Promise<{ setCookie: string[] }>;
  /** Makes an account with a new password, which is kept only as a hash: show it once. */
  addPerson(name: string): Promise<{ person: Person; password: string }>;
  /**
   * Removes the account named by name or sign-in name, and ends its sessions. Undefined when no
   * account has that name.
   */
  removePerson(nameOrUsername: string): Promise<Person | undefined>;
  /** Everyone with an account, by name. */
  people(): Promise<Person[]>;
  close(): void;
}

export interface AccountsOptions {
  /** The folder for `accounts.sqlite` (STUDIO_DATA). */
  dataDir: string;
  /** The studio's public address (STUDIO_ORIGIN); https makes the cookies Secure. */
  origin: string;
  /**
   * The clock for the sign-in pauses and for when a session ends. better-auth stamps sessions with
   * the system clock, so a clock given in tests should start at the system's time.
   */
  now?: () => Date;
}

/** A mistake in what was asked, with a message to show as it is. */
export class AccountMistake extends Error {
  override name = 'AccountMistake';
}

export const SIGN_IN_MESSAGES = {
  missing: 'Write your sign-in name and your password.',
  wrong: 'The sign-in name or the password is not right. Check both and try again.',
  paused: (minutes: number) =>
    `There have been too many wrong passwords for this sign-in name, so it is paused. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
  nowPaused: `The sign-in name or the password is not right. After ${FAILURE_LIMIT} wrong tries this sign-in name is paused for ${LOCK_MS / 60_000} minutes.`,
  tooFast: 'There have been too many sign-in tries from your network. Wait a minute and try again.',
  refused:
    'The studio did not accept this sign-in form. Open the sign-in page again and try once more.',
} as const;

// Only what better-auth reads from a browser's sign-in request; the form's own body headers
// (Content-Type, Content-Length) would not match the JSON sent in its place.
const FORWARDED_HEADERS = [
  'cookie',
  'origin',
  'referer',
  'user-agent',
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
  'x-forwarded-for',
  'x-real-ip',
];

interface StoredUser {
  id: string;
  name: string;
  username?: string | null | undefined;
}

const personOf = (user: StoredUser): Person => ({
  id: user.id,
  name: user.name,
  username: user.username ?? '',
});

/** Opens the accounts database, making its folder, file and tables the first time. */
export async function openAccounts(options: AccountsOptions): Promise<Accounts> {
  const now = options.now ?? (() => new Date());
  const origin = new URL(options.origin).origin;
  const database = openAccountsDatabase(options.dataDir);
  try {
    const auth = studioAuth({ database, origin, secret: authSecret(database) });
    const { runMigrations } = await getMigrations(auth.options);
    await runMigrations();
    return accountsOver(auth, signInLockout(database, now), now, origin, () => database.close());
  } catch (error) {
    database.close();
    throw error;
  }
}

function accountsOver(
  auth: StudioAuth,
  lockout: SignInLockout,
  now: () => Date,
  origin: string,
  close: () => void,
): Accounts {
  const context = auth.$context;

  async function findPerson(signInName: string): Promise<Person | undefined> {
    const { adapter } = await context;
    const user = await adapter.findOne<StoredUser>({
      model: 'user',
      where: [{ field: 'username', value: signInName }],
    });
    return user ? personOf(user) : undefined;
  }

  return {
    async sessionOf(headers) {
      const found = await auth.api.getSession({ headers });
      if (!found || found.session.expiresAt.getTime() <= now().getTime()) return undefined;
      return { person: personOf(found.user), expires: found.session.expiresAt };
    },

    async signIn(typedName, password, headers) {
      const signInName = signInNameFrom(typedName);
      if (signInName === '' || password === '') {
        return { ok: false, message: SIGN_IN_MESSAGES.missing };
      }
      // better-auth checks the Fetch Metadata of its own email form but not of this one, so a
      // form on another site could otherwise sign a browser in to an account of its choosing.
      if (headers.get('origin') !== origin) return { ok: false, message: SIGN_IN_MESSAGES.refused };
      const verdict = lockout.begin(signInName);
      if (!verdict.allowed) {
        const minutes = Math.ceil((verdict.until.getTime() - now().getTime()) / 60_000);
        return { ok: false, message: SIGN_IN_MESSAGES.paused(minutes) };
      }
      const request = new Headers({ 'content-type': 'application/json' });
      for (const name of FORWARDED_HEADERS) {
        const value = headers.get(name);
        if (value !== null) request.set(name, value);
      }
      const response = await auth.handler(
        new Request(`${origin}/api/auth${SIGN_IN_PATH}`, {
          method: 'POST',
          headers: request,
          body: JSON.stringify({ username: signInName, password }),
        }),
      );
      if (response.ok) {
        lockout.succeeded(signInName);
        const { user } = (await response.json()) as { user: StoredUser };
        return { ok: true, person: personOf(user), setCookie: response.headers.getSetCookie() };
      }
      if (response.status === 429) return { ok: false, message: SIGN_IN_MESSAGES.tooFast };
      if (response.status === 403) return { ok: false, message: SIGN_IN_MESSAGES.refused };
      // 401 for a wrong password or an unknown name; 400 and 422 for one no account could have.
      if (response.status < 500) {
        return {
          ok: false,
          message: verdict.last ? SIGN_IN_MESSAGES.nowPaused : SIGN_IN_MESSAGES.wrong,
        };
      }
      throw new Error(`Signing in failed with ${response.status}: ${await response.text()}`);
    },

    async signOut(headers) {
      const { headers: answer } = await auth.api.signOut({ headers, returnHeaders: true });
      return { setCookie: answer.getSetCookie() };
    },

    async addPerson(givenName) {
      const name = tidyName(givenName);
      const problem = nameProblem(name);
      if (problem) throw new AccountMistake(problem);
      const signInName = signInNameFrom(name);
      const existing = await findPerson(signInName);
      if (existing) {
        throw new AccountMistake(
          `There is already an account with the sign-in name ${signInName}, for ${existing.name}. If this is someone else, add something to tell them apart, such as a middle initial: "Sam J Taylor".`,
        );
      }
      const { internalAdapter, password } = await context;
      const newPassword = generatedPassword();
      const user = await internalAdapter.createUser<StoredUser>(
        {
          name,
          // better-auth needs an email; these are never sent to, and .invalid never exists.
          email: `${signInName}@studio.invalid`,
          emailVerified: false,
          username: signInName,
        },
        { method: 'admin' },
      );
      try {
        await internalAdapter.linkAccount({
          userId: user.id,
          providerId: 'credential',
          accountId: user.id,
          password: await password.hash(newPassword),
        });
      } catch (error) {
        await internalAdapter.deleteUser(user.id);
        throw error;
      }
      return { person: personOf(user), password: newPassword };
    },

    async removePerson(nameOrUsername) {
      const person = await findPerson(signInNameFrom(nameOrUsername));
      if (!person) return undefined;
      const { internalAdapter } = await context;
      // Sessions and the password go with the account.
      await internalAdapter.deleteUser(person.id);
      return person;
    },

    async people() {
      const { internalAdapter } = await context;
      const users = await internalAdapter.listUsers(await internalAdapter.countTotalUsers());
      return users
        .map((user) => personOf(user as StoredUser))
        .sort(
          (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.username.localeCompare(b.username),
        );
    },

    close,
  };
}
