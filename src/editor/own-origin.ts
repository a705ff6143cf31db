/** What the preview knows of a request when it decides whether the request may go ahead. */
export interface RequestSeen {
  method: string;
  /** The path and query, as the request line gave them. */
  url: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Whether it came over TLS, which decides the scheme of the preview's own origin. */
  secure: boolean;
}

/** Where the forms read and write content files; every request here is held to the preview's origin. */
export const EDITOR_API = '/api/keystatic';

const READS = new Set(['GET', 'HEAD']);

function header(request: RequestSeen, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** `scheme://host:port` of a URL, or undefined when it is not one (`null`, a bare word). */
function originOf(address: string): string | undefined {
  try {
    const { origin } = new URL(address);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function isEditorApi(url: string): boolean {
  const path = new URL(url, 'http://preview.invalid').pathname.toLowerCase();
  return path === EDITOR_API || path.startsWith(`${EDITOR_API}/`);
}

/**
 * Whether a request may reach the preview: every write, and every request to the forms' API, must
 * come from one of the preview's own pages. Vite lets any page on this computer call the preview,
 * and a page on another port of localhost counts as the same site to a browser, so neither is
 * trusted: the `Origin` must be the address the request came to, and `Sec-Fetch-Site` must not say
 * it came from another origin. Browsers send at least one of the two with every write; a write
 * that carries neither did not come from a browser page and is refused too.
 */
export function isFromOwnPages(request: RequestSeen): boolean {
  const reads = READS.has(request.method.toUpperCase());
  if (reads && !isEditorApi(request.url)) return true;
  const origin = header(request, 'origin');
  const fetchSite = header(request, 'sec-fetch-site');
  if (origin === undefined && fetchSite === undefined) return reads;
  // `none` is the person at the browser, by the address bar or a bookmark, which no page can forge.
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  if (origin === undefined) return true;
  const host = header(request, 'host');
  if (!host) return false;
  const own = originOf(`${request.secure ? 'https' : 'http'}://${host}`);
  return own !== undefined && originOf(origin) === own;
}
