import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '~/publish/headers-file';
import { nginxConfig } from '~/publish/nginx-config';

const rules = parseHeadersFile(`/*
  X-Frame-Options: DENY
/_astro/*
  Cache-Control: immutable
/
  Cache-Control: revalidate
/sitemap-*.xml
  Cache-Control: revalidate
`);
const config = nginxConfig({
  root: '/srv/site',
  listen: '127.0.0.1:8080',
  workDir: '/tmp/w',
  rules,
});

/** The body of the first location block opened by `head`. */
const block = (head: string) =>
  new RegExp(`location ${head} \\{([^}]*)\\}`).exec(config)?.[1] ?? '';

describe('nginx configuration from _headers', () => {
  it('gives each rule a location with the headers of /* as well as its own', () => {
    expect(block('\\^~ /_astro/')).toContain('add_header X-Frame-Options "DENY" always;');
    expect(block('\\^~ /_astro/')).toContain('add_header Cache-Control "immutable" always;');
    expect(block('~ "\\^/sitemap-\\.\\*\\\\.xml\\$"')).toContain('Cache-Control "revalidate"');
  });

  it('covers the home page also as index.html, where nginx finds it', () => {
    expect(block('= /')).toContain('Cache-Control "revalidate"');
    expect(block('= /index.html')).toContain('Cache-Control "revalidate"');
  });

  it('sends only the headers of /* elsewhere', () => {
    expect(block('/')).toContain('X-Frame-Options');
    expect(block('/')).not.toContain('Cache-Control');
  });

  it('serves the site with precompressed files, the 404 page and its own temporary folder', () => {
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('root /srv/site;');
    expect(config).toMatch(/brotli_static on;[\s\S]*gzip_static on;/);
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('pid /tmp/w/nginx.pid;');
  });

  it('refuses a header value nginx would read differently', () => {
    const bad = parseHeadersFile('/*\n  X-Note: costs $5\n');
    expect(() => nginxConfig({ root: '/', listen: '80', workDir: '/tmp', rules: bad })).toThrow(
      'nginx cannot send this header value as it is: costs $5',
    );
  });
});
