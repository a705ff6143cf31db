import { escapeHtml as escape } from '../../lib/html-entities.ts';

/** The studio's pages are plain HTML made on the server: editors' words go in only through `escape`. */
export { escape };

const TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** A moment as the clinic reads it: "3 December 2026 at 14:02", in UK time. */
export const whenText = (date: Date) => TIME.format(date);

export const STUDIO_STYLE_PATH = '/studio/studio.css';

export interface PageShell {
  title: string;
  /** The signed-in person's name; the sign-in page has none. */
  person?: string;
  body: string;
  /** Seconds after which the page asks for itself again, for a job that is still running. */
  refresh?: number;
}

function navigation(person: string): string {
  return `<header class="bar">
<nav aria-label="Studio">
<a href="/studio/">Publish</a>
<a href="/keystatic">Edit</a>
<a href="/">Preview</a>
<a href="/studio/history">History</a>
</nav>
<form method="post" action="/studio/sign-out" class="out">
<span>${escape(person)}</span>
<button type="submit">Sign out</button>
</form>
</header>`;
}

export function page(shell: PageShell): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${shell.refresh === undefined ? '' : `<meta http-equiv="refresh" content="${shell.refresh}">\n`}<title>${escape(shell.title)} · Studio</title>
<link rel="stylesheet" href="${STUDIO_STYLE_PATH}">
</head>
<body>
${shell.person === undefined ? '' : navigation(shell.person)}
<main>
${shell.body}
</main>
</body>
</html>
`;
}
