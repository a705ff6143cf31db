import { describe, expect, it } from 'vitest';
import { linkTarget } from '~/content-check/body/link-targets';

describe('where a link in page text points', () => {
  it.each([
    ['https://www.nhs.uk/', 'web'],
    ['HTTPS://www.nhs.uk/', 'web'],
    ['mailto:hello@example.com', 'email'],
    ['tel:+442079460321', 'phone'],
    ['/treatments/microneedling/', 'site page'],
    ['#after-your-session', 'anchor'],
  ])('reads %s as a %s', (url, kind) => {
    expect(linkTarget(url)).toEqual({ kind });
  });

  it('reads a relative path as a file in the content folder, with its escapes read', () => {
    expect(linkTarget('./my%20photo.jpg')).toEqual({
      kind: 'content file',
      path: './my photo.jpg',
    });
  });

  it.each([
    ['http://example.com/', 'insecure web'],
    ['javascript:alert(1)', 'other scheme'],
    ['JaVaScRiPt:alert(1)', 'other scheme'],
    ['data:text/html,<script>', 'other scheme'],
    ['vbscript:x', 'other scheme'],
    ['file:///etc/passwd', 'other scheme'],
    ['//evil.example/', 'other host'],
    ['https://www.nhs.uk@evil.example/', 'other host'],
    ['https:evil.example', 'other host'],
    ['https://', 'other host'],
    ['50%-off.pdf', 'unreadable'],
    ['%2e%2e%5csecret', 'unreadable'],
    ['java\tscript:alert(1)', 'unreadable'],
    ['/\\evil.example', 'unreadable'],
    [' https://example.com', 'unreadable'],
    ['', 'unreadable'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(linkTarget(url)).toEqual({ kind: 'refused', reason });
  });
});
