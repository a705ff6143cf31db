import { describe, expect, it } from 'vitest';
import { gate, safeNext, wantsPage } from '../../../src/studio/server/request-gate.ts';

const ORIGIN = 'https://studio.theskinclinic.example';

describe("the studio's gate", () => {
  it('leaves only the sign-in page and the style sheet open', () => {
    expect(gate({ method: 'GET', pathname: '/studio/sign-in', headers: {} }, ORIGIN).kind).toBe(
      'open',
    );
    expect(gate({ method: 'GET', pathname: '/studio/studio.css', headers: {} }, ORIGIN).kind).toBe(
      'open',
    );
    for (const pathname of ['/', '/studio/', '/keystatic', '/api/keystatic/tree', '/_forms/a.js']) {
      expect(gate({ method: 'GET', pathname, headers: {} }, ORIGIN).kind).toBe('signed in');
    }
  });

  it.each([
    ['no origin at all', {}],
    ['another site', { origin: 'https://evil.example' }],
    ['the studio over http', { origin: 'http://studio.theskinclinic.example' }],
    ['a null origin', { origin: 'null' }],
    ['the right origin but a cross-site fetch', { origin: ORIGIN, 'sec-fetch-site': 'cross-site' }],
    ['the right origin but the same site', { origin: ORIGIN, 'sec-fetch-site': 'same-site' }],
  ])('refuses a write with %s', (_, headers) => {
    for (const pathname of ['/studio/publish', '/studio/sign-in', '/api/keystatic/update']) {
      expect(gate({ method: 'POST', pathname, headers }, ORIGIN).kind).toBe('refuse');
    }
  });

  it('lets a write from its own pages through to the session check', () => {
    const headers = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
    expect(gate({ method: 'POST', pathname: '/studio/publish', headers }, ORIGIN).kind).toBe(
      'signed in',
    );
    expect(gate({ method: 'post', pathname: '/studio/sign-in', headers }, ORIGIN).kind).toBe(
      'open',
    );
  });

  it('sends people opening a page to sign in, and answers everything else 401', () => {
    expect(
      wantsPage({ method: 'GET', pathname: '/studio/', headers: { 'sec-fetch-dest': 'document' } }),
    ).toBe(true);
    expect(wantsPage({ method: 'GET', pathname: '/', headers: { accept: 'text/html,*/*' } })).toBe(
      true,
    );
    expect(
      wantsPage({
        method: 'GET',
        pathname: '/_forms/a.js',
        headers: { 'sec-fetch-dest': 'script' },
      }),
    ).toBe(false);
    expect(
      wantsPage({
        method: 'GET',
        pathname: '/api/keystatic/tree',
        headers: { accept: 'text/html' },
      }),
    ).toBe(false);
    expect(wantsPage({ method: 'POST', pathname: '/studio/publish', headers: {} })).toBe(false);
  });

  it.each([
    ['/studio/history', '/studio/history'],
    ['/treatments/microneedling/', '/treatments/microneedling/'],
    ['https://evil.example/', '/studio/'],
    ['//evil.example/', '/studio/'],
    ['/\\evil.example', '/studio/'],
    ['/\t/evil.example', '/studio/'],
    ['/\n/evil.example', '/studio/'],
    ['/./\t/evil.example', '/studio/'],
    ['/studio/../\\/evil.example', '/studio/'],
    ['/studio/\r\nSet-Cookie: a=b', '/studio/Set-Cookie:%20a=b'],
    ['/studio/history?from=2#top', '/studio/history?from=2#top'],
    ['', '/studio/'],
    [null, '/studio/'],
  ])('goes on after signing in only to a studio path: %s', (next, to) => {
    expect(safeNext(next)).toBe(to);
  });
});
