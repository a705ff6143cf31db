import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/**
 * The built page a preview address names: a folder's address with or without its last slash, or
 * with its index.html, is that folder's index.html. Undefined for an address that is not a page of
 * the draft, or that would lead outside its folder.
 */
export function pageFileOf(folder: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const root = resolve(folder);
  const asked = resolve(root, `.${path}`);
  if (asked !== root && !asked.startsWith(`${root}${sep}`)) return undefined;
  const candidates = path.endsWith('.html')
    ? [asked]
    : [join(asked, 'index.html'), `${asked}.html`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export const PREVIEW_BAR_STYLE_PATH = '/studio/preview-bar.css';

/** The studio's bar on each preview page: it says what the page is, and leads back. */
const PREVIEW_BAR = `<div class="studio-preview-bar" role="region" aria-label="Studio preview"><p>Preview: the site as it will be published. The public site has not changed.</p><a href="/studio/">Back to the studio</a></div>`;

/**
 * A preview page with the studio's bar at the top of its body. The rest of the page is as it will
 * be published; the bar's style sheet is the studio's, which the site's policy allows as 'self'.
 */
export function withPreviewBar(html: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (body === null) return html;
  const at = body.index + body[0].length;
  const sheet = `<link rel="stylesheet" href="${PREVIEW_BAR_STYLE_PATH}">`;
  const head = html.indexOf('</head>');
  const withSheet =
    head === -1 || head > at ? html : `${html.slice(0, head)}${sheet}${html.slice(head)}`;
  const shift = withSheet.length - html.length;
  return `${withSheet.slice(0, at + shift)}${PREVIEW_BAR}${withSheet.slice(at + shift)}`;
}
