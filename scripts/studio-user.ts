/**
 * `npm run studio:user -- add "Sam Taylor"`, `remove "Sam Taylor"` and `list`: the studio's
 * accounts, in STUDIO_DATA (`.studio` here by default). There is no sign-up page; accounts are
 * made here, on the server, by whoever looks after the studio.
 */
import { resolve } from 'node:path';
import { AccountMistake, openAccounts, type Accounts } from '../src/studio/accounts/accounts.ts';

const USAGE = `Write what to do, and the person's name in quotes:
  npm run studio:user -- add "Sam Taylor"
  npm run studio:user -- remove "Sam Taylor"
  npm run studio:user -- list`;

type Command = { kind: 'add' | 'remove'; name: string } | { kind: 'list' };

function commandOf(args: string[]): Command | undefined {
  const [kind, ...words] = args;
  const name = words.join(' ').trim();
  if ((kind === 'add' || kind === 'remove') && name !== '') return { kind, name };
  if (kind === 'list' && name === '') return { kind };
  return undefined;
}

async function run(accounts: Accounts, command: Command): Promise<void> {
  if (command.kind === 'add') {
    const { person, password } = await accounts.addPerson(command.name);
    console.log(`Made an account for ${person.name}.

  Sign-in name: ${person.username}
  Password:     ${password}

Give both to ${person.name} in person or in a private message. The password is shown only this
once and is not kept anywhere readable; if it is lost, remove the account and add it again.`);
  } else if (command.kind === 'remove') {
    const person = await accounts.removePerson(command.name);
    if (!person) {
      throw new AccountMistake(
        `No account has the name or sign-in name "${command.name}". See them all with: npm run studio:user -- list`,
      );
    }
    console.log(
      `Removed the account ${person.username} (${person.name}). Anyone signed in with it is signed out.`,
    );
  } else {
    const people = await accounts.people();
    if (people.length === 0) {
      console.log(
        'There are no accounts yet. Add one with: npm run studio:user -- add "Full Name"',
      );
      return;
    }
    const width = Math.max(...people.map((person) => person.username.length));
    for (const person of people) console.log(`${person.username.padEnd(width)}  ${person.name}`);
  }
}

const command = commandOf(process.argv.slice(2));
if (!command) {
  console.error(USAGE);
  process.exit(1);
}
const accounts = await openAccounts({
  dataDir: resolve(process.env['STUDIO_DATA'] ?? '.studio'),
  // Only the cookies of a sign-in depend on it, and nobody signs in here.
  origin: process.env['STUDIO_ORIGIN'] ?? 'http://127.0.0.1',
});
try {
  await run(accounts, command);
} catch (error) {
  if (!(error instanceof AccountMistake)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  accounts.close();
}
