import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site';

describe('links of the built site (linkinator)', () => {
  it('has no broken internal link or anchor on any page', async () => {
    const result = await check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      // Canonical and Open Graph addresses point at the live site, which a build cannot reach.
      linksToSkip: async (link) => !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
    });
    const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status} ${link.url} (on ${link.parent})`);
    // Every page a client can navigate to was reached and checked.
    for (const page of ['treatments/microneedling/aftercare/', 'practitioners/karen-evans/']) {
      expect(checked.some((link) => link.url.endsWith(page))).toBe(true);
    }
    expect(broken).toEqual([]);
  });
});
