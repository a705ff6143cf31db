import { describe, expect, it } from 'vitest';
import { isFromOwnPages, type RequestSeen } from '~/editor/own-origin';

const HOST = '127.0.0.1:4321';
const OWN = `http://${HOST}`;

function request(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  secure = false,
): RequestSeen {
  return { method, url, headers: { host: HOST, ...headers }, secure };
}

const save = (headers: Record<string, string>) => request('POST', '/api/keystatic/update', headers);

describe('which requests reach the preview', () => {
  it('lets a form on its own pages save, as Chromium sends it', () => {
    expect(isFromOwnPages(save({ origin: OWN, 'sec-fetch-site': 'same-origin' }))).toBe(true);
  });

  it('lets a browser that sends only Origin save from its own pages', () => {
    expect(isFromOwnPages(save({ origin: OWN }))).toBe(true);
    expect(isFromOwnPages(save({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
  });

  it.each([
    [
      'another port of localhost',
      { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' },
    ],
    ['another port, by Origin alone', { origin: 'http://127.0.0.1:5173' }],
    ['another host', { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' }],
    ['the same host over https', { origin: 'https://127.0.0.1:4321' }],
    ['a sandboxed frame or a file', { origin: 'null' }],
    ['an Origin that is no address', { origin: 'preview' }],
    ['a page of the same site, by fetch metadata alone', { 'sec-fetch-site': 'same-site' }],
    ['another site, by fetch metadata alone', { 'sec-fetch-site': 'cross-site' }],
    [
      'our Origin but another site by fetch metadata',
      { origin: OWN, 'sec-fetch-site': 'same-site' },
    ],
    ['no browser at all', {}],
  ])('refuses a save from %s', (_, headers) => {
    expect(isFromOwnPages(save(headers))).toBe(false);
  });

  it('refuses any write from another origin, not only to the forms’ API', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const elsewhere = request(method, '/treatments/', { origin: 'http://localhost:5173' });
      expect(isFromOwnPages(elsewhere), method).toBe(false);
    }
  });

  it('refuses a preflight from another port, so the browser never sends the save', () => {
    const preflight = request('OPTIONS', '/api/keystatic/update', {
      origin: 'http://127.0.0.1:5173',
      'sec-fetch-site': 'same-site',
      'access-control-request-method': 'POST',
    });
    expect(isFromOwnPages(preflight)).toBe(false);
  });

  it('holds the forms’ API to the own origin for reads too, whatever the case of its path', () => {
    const from = { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' };
    expect(isFromOwnPages(request('GET', '/api/keystatic/tree', from))).toBe(false);
    expect(isFromOwnPages(request('GET', '/API/Keystatic/tree', from))).toBe(false);
    expect(isFromOwnPages(request('GET', '/api/keystatic', from))).toBe(false);
    expect(isFromOwnPages(request('GET', '/api/keystatic/tree', { origin: OWN }))).toBe(true);
    expect(isFromOwnPages(request('GET', '/api/keystatic/tree'))).toBe(true);
  });

  it('lets any page link to the preview’s pages, and the person at the browser open them', () => {
    const link = { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' };
    expect(isFromOwnPages(request('GET', '/treatments/', link))).toBe(true);
    expect(isFromOwnPages(request('GET', '/keystatic', { 'sec-fetch-site': 'none' }))).toBe(true);
    expect(isFromOwnPages(request('HEAD', '/', {}))).toBe(true);
  });

  it('takes the scheme of its own origin from the connection', () => {
    const secure = request('POST', '/api/keystatic/update', { origin: `https://${HOST}` }, true);
    expect(isFromOwnPages(secure)).toBe(true);
  });

  it('refuses a write that names no host to compare with', () => {
    const noHost: RequestSeen = { ...save({ origin: OWN }), headers: { origin: OWN } };
    expect(isFromOwnPages(noHost)).toBe(false);
  });
});
