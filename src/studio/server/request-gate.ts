/**
 * Who may reach what in the studio, decided before any route runs. Only the sign-in page, its
 * form and the style sheet are open; everything else needs a session. Every write must come from
 * one of the studio's own pages: the browser's `Origin` must be the studio's, and
 * `Sec-Fetch-Site`, when sent, must not say another site. A write with neither did not come from a
 * browser page and is refused too.
 */
export type Gate =
  { kind: 'open' } | { kind: 'signed in' } | { kind: 'refuse'; status: 403; reason: string };

export interface GateRequest {
  method: string;
  pathname: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

const READS = new Set(['GET', 'HEAD']);
const OPEN = new Set(['/studio/sign-in', '/studio/studio.css']);

const header = (request: GateRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function fromOwnPages(request: GateRequest, origin: string): boolean {
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const sentOrigin = header(request, 'origin');
  return sentOrigin === origin;
}

export function gate(request: GateRequest, origin: string): Gate {
  const method = request.method.toUpperCase();
  if (!READS.has(method) && !fromOwnPages(request, origin)) {
    return {
      kind: 'refuse',
      status: 403,
      reason: 'Refused: the studio takes changes only from its own pages.',
    };
  }
  return OPEN.has(request.pathname) ? { kind: 'open' } : { kind: 'signed in' };
}

/** Whether a request without a session is a person opening a page, who should see the sign-in page. */
export function wantsPage(request: GateRequest): boolean {
  if (!READS.has(request.method.toUpperCase())) return false;
  if (request.pathname.startsWith('/api/')) return false;
  const dest = header(request, 'sec-fetch-dest');
  if (dest !== undefined) return dest === 'document';
  return (header(request, 'accept') ?? '').includes('text/html');
}

const HOME = '/studio/';
/** Stands in for the studio's address while a path is read; only paths on it are kept. */
const HERE = 'http://studio.invalid';

/**
 * Where to go after signing in: only a path of this studio, never another site. The path is read
 * as a browser would read it: a browser drops tabs and line breaks from an address and reads `\`
 * as `/`, so `/<tab>/evil.example` would lead away from the studio. What is kept is the path as
 * the URL parser writes it, with no character a `Location` header cannot carry.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return HOME;
  const url = URL.parse(next, HERE);
  // `/./<tab>/evil.example` is read as the path `//evil.example`, which as an address is another site.
  if (url === null || url.origin !== HERE || url.pathname.startsWith('//')) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}
