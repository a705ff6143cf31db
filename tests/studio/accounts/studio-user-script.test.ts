import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAccounts } from '~/studio/accounts/accounts';
import { tempFolder } from '../../helpers/temp-folders';

const ORIGIN = 'https://studio.clinic.example';

const NODE = resolve('node_modules/.bin/node');

/** `npm run studio:user -- …` as the script itself, with the accounts in a folder of its own. */
function studioUser(dataDir: string, ...args: string[]) {
  const run = spawnSync(NODE, ['scripts/studio-user.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STUDIO_DATA: dataDir },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run studio:user', () => {
  it('adds, lists and removes accounts, and the password it prints signs in', async () => {
    const dataDir = join(tempFolder('studio-user'), 'data');

    const added = studioUser(dataDir, 'add', 'Sam Taylor');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^Made an account for Sam Taylor\.$/m);
    expect(added.out).toMatch(/^ {2}Sign-in name: sam-taylor$/m);
    expect(added.out).toMatch(/^ {2}Password: {5}[a-z0-9]{5}(-[a-z0-9]{5}){3}$/m);
    expect(added.out).toMatch(/shown only this\s+once/);
    const password = /Password: +(\S+)/.exec(added.out)?.[1] ?? '';
    const accounts = await openAccounts({ dataDir, origin: ORIGIN });
    try {
      const signedIn = await accounts.signIn(
        'sam-taylor',
        password,
        new Headers({ origin: ORIGIN }),
      );
      expect(signedIn.ok).toBe(true);
    } finally {
      accounts.close();
    }
    expect(studioUser(dataDir, 'add', 'Pat', 'Jones').code).toBe(0);

    const listed = studioUser(dataDir, 'list');
    expect(listed).toEqual({
      code: 0,
      out: 'pat-jones   Pat Jones\nsam-taylor  Sam Taylor\n',
      err: '',
    });

    const removed = studioUser(dataDir, 'remove', 'Sam Taylor');
    expect(removed.code).toBe(0);
    expect(removed.out).toBe(
      'Removed the account sam-taylor (Sam Taylor). Anyone signed in with it is signed out.\n',
    );
    expect(studioUser(dataDir, 'list').out).toBe('pat-jones  Pat Jones\n');
  });

  it('stops with a plain message and exit code 1 on a mistake', () => {
    const dataDir = join(tempFolder('studio-user'), 'data');
    for (const args of [[], ['add'], ['rename', 'Sam Taylor'], ['list', 'Sam']]) {
      const wrong = studioUser(dataDir, ...args);
      expect(wrong).toMatchObject({ code: 1, out: '' });
      expect(wrong.err).toMatch(/^Write what to do, and the person's name in quotes:\n/);
    }
    expect(existsSync(dataDir)).toBe(false);

    expect(studioUser(dataDir, 'add', 'Sam Taylor').code).toBe(0);

    const twice = studioUser(dataDir, 'add', 'Sam Taylor');
    expect(twice).toMatchObject({ code: 1, out: '' });
    expect(twice.err).toMatch(/^There is already an account with the sign-in name sam-taylor/);

    expect(studioUser(dataDir, 'remove', 'Pat Jones')).toEqual({
      code: 1,
      out: '',
      err: 'No account has the name or sign-in name "Pat Jones". See them all with: npm run studio:user -- list\n',
    });
  });

  it('says when there are no accounts yet', () => {
    const empty = studioUser(join(tempFolder('studio-user'), 'data'), 'list');
    expect(empty).toEqual({
      code: 0,
      out: 'There are no accounts yet. Add one with: npm run studio:user -- add "Full Name"\n',
      err: '',
    });
  });
});
