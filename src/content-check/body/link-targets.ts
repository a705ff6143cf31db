/**
 * Where a link or picture in page text may point. Page text is written by editors, so it is read as
 * data: a link goes to another site over https, an email address, a phone number, a page of this
 * site, or a file in the content folder; a picture only to a file in the content folder, because the
 * site loads nothing from another origin.
 */

export type RefusedBecause = 'insecure web' | 'other scheme' | 'other host' | 'unreadable';

export type LinkTarget =
  | { kind: 'web' | 'email' | 'phone' | 'site page' | 'anchor' }
  | { kind: 'content file'; path: string }
  | { kind: 'refused'; reason: RefusedBecause };

const SCHEMES: Record<string, 'web' | 'email' | 'phone'> = {
  'https:': 'web',
  'mailto:': 'email',
  'tel:': 'phone',
};

// Browsers drop tabs and line breaks inside an address and read a backslash as a slash, which is
// how `java\tscript:` and `/\evil.example` slip past simpler checks.
const UNREADABLE = /[\u0000-\u0020\u007f-\u009f\\]/u;

/** A web address with a host of its own and no name before it (`https://nhs.uk@evil.example`). */
function isPlainWebAddress(url: string): boolean {
  if (!/^https:\/\/[^/?#]/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** `text` with its %-escapes read, or undefined when one is not an escape. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** What `url`, as written in a link or picture, points to. */
export function linkTarget(url: string): LinkTarget {
  if (url === '' || UNREADABLE.test(url)) return { kind: 'refused', reason: 'unreadable' };
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    const kind = SCHEMES[scheme];
    if (kind === 'web' && !isPlainWebAddress(url)) return { kind: 'refused', reason: 'other host' };
    if (kind) return { kind };
    return { kind: 'refused', reason: scheme === 'http:' ? 'insecure web' : 'other scheme' };
  }
  if (url.startsWith('//')) return { kind: 'refused', reason: 'other host' };
  if (url.startsWith('#')) return { kind: 'anchor' };
  if (url.startsWith('/')) return { kind: 'site page' };
  const path = decoded(url);
  // A space is fine in a file name once escaped; a control character or backslash never is.
  if (path === undefined || /[\u0000-\u001f\u007f-\u009f\\]/u.test(path))
    return { kind: 'refused', reason: 'unreadable' };
  return { kind: 'content file', path };
}
