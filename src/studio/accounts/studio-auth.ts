/**
 * better-auth as the studio uses it: sign-in names and passwords only, over the accounts database.
 * Its HTTP handler is never served; `accounts.ts` calls it in-process, so there is no sign-up, email
 * or other endpoint for anyone to reach.
 */
import type { DatabaseSync } from 'node:sqlite';
import { betterAuth } from 'better-auth';
import { username } from 'better-auth/plugins/username';
import { isSignInName, SIGN_IN_NAME_LENGTH } from './sign-in-names.ts';

/**
 * A session lasts a working day from sign-in and is not lengthened by use, so a forgotten browser
 * at the clinic is signed out by the next morning.
 */
export const SESSION_SECONDS = 8 * 60 * 60;

/** Tries of the sign-in form allowed from one address in a minute, however many names they use. */
export const SIGN_IN_TRIES_PER_MINUTE = 10;

export const SIGN_IN_PATH = '/sign-in/username';

export function studioAuth(options: { database: DatabaseSync; origin: string; secret: string }) {
  return betterAuth({
    appName: 'The clinic studio',
    baseURL: options.origin,
    secret: options.secret,
    database: options.database,
    emailAndPassword: { enabled: false },
    plugins: [
      username({
        minUsernameLength: SIGN_IN_NAME_LENGTH.min,
        maxUsernameLength: SIGN_IN_NAME_LENGTH.max,
        usernameValidator: isSignInName,
        displayUsername: false,
      }),
    ],
    session: { expiresIn: SESSION_SECONDS, disableSessionRefresh: true },
    rateLimit: {
      enabled: true,
      // Kept in the database, so a restart of the server does not forget the count.
      storage: 'database',
      customRules: { [SIGN_IN_PATH]: { window: 60, max: SIGN_IN_TRIES_PER_MINUTE } },
    },
    advanced: {
      cookiePrefix: 'studio',
      // HttpOnly and SameSite=Lax are better-auth's defaults; Secure (with the __Secure- name)
      // whenever the studio is served over https, as it is behind nginx.
      useSecureCookies: new URL(options.origin).protocol === 'https:',
      // The studio listens on 127.0.0.1 behind nginx, which sets both headers to the address it
      // was reached from, replacing whatever the browser sent, so they can be trusted here. A
      // header with several addresses is skipped by better-auth unless it knows the proxies.
      ipAddress: { ipAddressHeaders: ['x-forwarded-for', 'x-real-ip'] },
    },
    telemetry: { enabled: false },
  });
}

export type StudioAuth = ReturnType<typeof studioAuth>;
