import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '~/publish/headers-file';

const FILE = `# A comment
/*
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: public, max-age=0, must-revalidate
`;

describe('reading a _headers file', () => {
  it('reads each path with its headers', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
    ]);
  });

  it('says what a rule looks like when a line is out of place', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(
      '_headers line 1: expected an indented header under a path',
    );
    expect(() => parseHeadersFile('_astro/*')).toThrow(
      '_headers line 1: a rule starts with a path, like /_astro/*',
    );
  });

  it('matches paths as the hosts do, with * standing for anything', () => {
    expect(patternMatches('/_astro/*', '/_astro/a.B1c2D3e4.js')).toBe(true);
    expect(
      patternMatches('/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.en_1a2b3c4.pf_meta'),
    ).toBe(true);
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/treatments/')).toBe(false);
    expect(patternMatches('/robots.txt', '/robotsatxt')).toBe(false);
  });

  it('adds up the headers of every rule a path matches', () => {
    const rules = parseHeadersFile(FILE);
    expect(headersFor(rules, '/_astro/site.css').map(([name]) => name)).toEqual([
      'X-Frame-Options',
      'Cache-Control',
    ]);
    expect(headersFor(rules, '/')).toHaveLength(2);
  });
});
