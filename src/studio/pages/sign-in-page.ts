import { escape, page } from './html.ts';

export function signInPage(options: {
  message?: string;
  username?: string;
  next?: string;
}): string {
  const message =
    options.message === undefined
      ? ''
      : `<p class="notice bad" role="alert" id="sign-in-problem">${escape(options.message)}</p>`;
  return page({
    title: 'Sign in',
    body: `<h1>Sign in to the studio</h1>
<p>The studio is where the clinic edits, checks and publishes its website.</p>
${message}
<form method="post" action="/studio/sign-in">
<input type="hidden" name="next" value="${escape(options.next ?? '/studio/')}">
<label for="username">Sign-in name</label>
<p class="hint" id="username-hint">Your name in small letters with hyphens, for example sam-taylor.</p>
<input id="username" name="username" autocomplete="username" required maxlength="80" aria-describedby="username-hint" value="${escape(options.username ?? '')}"${options.message === undefined ? '' : ' aria-invalid="true"'}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
<p><button type="submit">Sign in</button></p>
</form>
<p class="hint">No account, or forgotten your password? Ask whoever looks after the studio to make you a new one.</p>`,
  });
}
