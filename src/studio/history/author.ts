/** Who made a change: the name people see, and the sign-in name of their studio account. */
export interface Author {
  name: string;
  username: string;
}

/** Studio authors have no real address; this reserved domain says so and can never deliver. */
const EMAIL_DOMAIN = 'studio.invalid';

/** The environment that makes `name <username@studio.invalid>` both author and committer. */
export function authorEnvironment(author: Author): Record<string, string> {
  const name = author.name.trim();
  // git drops or refuses these in an identity, which would record someone other than the author.
  if (name === '' || /[<>\p{Cc}]/u.test(name))
    throw new Error(`An author's name must be plain text; refused "${author.name}".`);
  if (!/^[\p{L}\p{N}._-]+$/u.test(author.username))
    throw new Error(
      `An author's sign-in name must be letters, digits, dots, dashes or underscores; refused "${author.username}".`,
    );
  const email = `${author.username}@${EMAIL_DOMAIN}`;
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  };
}

/**
 * The author as recorded in a commit. For a commit made outside the studio, such as a developer's,
 * the username is the whole e-mail address.
 */
export function authorFromCommit(name: string, email: string): Author {
  const suffix = `@${EMAIL_DOMAIN}`;
  return { name, username: email.endsWith(suffix) ? email.slice(0, -suffix.length) : email };
}
