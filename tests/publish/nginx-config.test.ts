import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '~/publish/headers-file';
import { HSTS, nginxConfig } from '~/publish/nginx-config';
import { PLAIN_PAGE_STATUSES, SITE_PAGE_STATUSES } from '~/publish/nginx-error-pages';
import { CLIENT_LIMITS, CLIENT_TIMEOUTS, WORKER_CAPACITY } from '~/publish/nginx-limits';

const rules = parseHeadersFile(`/*
  X-Frame-Options: DENY
/_astro/*
  Cache-Control: immutable
/
  Cache-Control: revalidate
/sitemap-*.xml
  Cache-Control: revalidate
`);
const site = { root: '/srv/site', listen: '127.0.0.1:8080', workDir: '/tmp/w', rules };
const config = nginxConfig(site);
const tls = { listen: '127.0.0.1:8443', certificate: '/c.pem', certificateKey: '/k.pem' };
const withTls = nginxConfig({ ...site, tls });

/** The body of the first block opened by `head` (a location or a map), in `text`. */
const block = (head: string, text = config) =>
  new RegExp(`${head} \\{([^}]*)\\}`).exec(text)?.[1] ?? '';
const servers = (text: string) => text.split(/\n {2}server \{/).slice(1);

describe('nginx configuration from _headers', () => {
  it('gives each rule a location with the headers of /* as well as its own', () => {
    expect(block('location \\^~ /_astro/')).toContain('add_header X-Frame-Options "DENY" always;');
    expect(block('location \\^~ /_astro/')).toContain(
      'add_header Cache-Control $cache_control_1 always;',
    );
    expect(block('location ~ "\\^/sitemap-\\.\\*\\\\.xml\\$"')).toContain('$cache_control_2');
  });

  it('sends a rule’s own headers only on a successful reply that is not to a range request', () => {
    expect(block('map "\\$status:\\$http_range" \\$cache_control_1')).toBe(`
    volatile;
    "~^(2..|304):$" "immutable";
    "~^200:" "";
    default "no-store";
  `);
    expect(block('map "\\$status:\\$http_range" \\$cache_control_2')).toContain('"revalidate"');
  });

  it('covers the home page also as index.html, where nginx finds it', () => {
    expect(block('location = /')).toContain('$cache_control_2');
    expect(block('location = /index.html')).toContain('$cache_control_2');
  });

  it('sends only the headers of /* elsewhere', () => {
    expect(block('location /')).toContain('X-Frame-Options');
    expect(block('location /')).not.toContain('Cache-Control');
  });

  it('serves the site with precompressed files and its own temporary folder', () => {
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('root /srv/site;');
    expect(config).toMatch(/brotli_static on;[\s\S]*gzip_static on;/);
    expect(config).toContain('pid /tmp/w/nginx.pid;');
  });

  it('answers hidden paths with 404 before any location is chosen', () => {
    const server = servers(config)[0]!;
    expect(server.indexOf('if ($hidden_path)')).toBeLessThan(server.search(/\n {4}location /));
    expect(block('map \\$uri \\$hidden_path')).toContain('volatile;');
  });

  it('answers errors with the site’s page or its own plain page, never nginx’s', () => {
    expect(config).toContain(`error_page ${SITE_PAGE_STATUSES.join(' ')} /404.html;`);
    expect(config).toContain('error_page 494 =400 /404.html;');
    for (const status of PLAIN_PAGE_STATUSES) {
      expect(config).toContain(`error_page ${status} /_status/${status};`);
      expect(block(`location = /_status/${status}`)).toMatch(
        new RegExp(
          `internal;[\\s\\S]*Cache-Control "no-store"[\\s\\S]*return ${status} "<!doctype`,
        ),
      );
    }
  });

  it('limits each client and lets go of slow ones', () => {
    expect(config).toContain(`worker_connections ${WORKER_CAPACITY.connections};`);
    expect(config).toContain(`worker_rlimit_nofile ${WORKER_CAPACITY.openFiles};`);
    expect(config).toContain(`rate=${CLIENT_LIMITS.requestsPerSecond}r/s;`);
    expect(config).toContain(`limit_req zone=request_rate burst=${CLIENT_LIMITS.burst} nodelay;`);
    expect(config).toContain(`limit_conn requests_at_once ${CLIENT_LIMITS.requestsAtOnce};`);
    expect(config).toContain(`client_header_timeout ${CLIENT_TIMEOUTS.header};`);
    expect(config).toContain(`client_body_timeout ${CLIENT_TIMEOUTS.body};`);
    expect(config).toContain(`send_timeout ${CLIENT_TIMEOUTS.send};`);
    expect(config).toContain(`keepalive_timeout ${CLIENT_TIMEOUTS.keepalive};`);
    expect(config).toContain('max_ranges 1;');
    expect(config).toContain('server_tokens off;');
  });

  it('serves plain HTTP only, without Strict-Transport-Security, when there is no certificate', () => {
    expect(servers(config)).toHaveLength(1);
    expect(config).not.toContain('ssl');
    expect(config).not.toContain(HSTS[0]);
  });

  it('with a certificate, serves HTTPS with Strict-Transport-Security and redirects plain HTTP', () => {
    const [http, https] = servers(withTls);
    expect(http).toContain('listen 127.0.0.1:8080;');
    expect(http).toContain('return 301 https://$host:8443$request_uri;');
    expect(http).toContain('location ^~ /.well-known/acme-challenge/');
    expect(http).not.toContain(HSTS[0]);
    expect(https).toContain('listen 127.0.0.1:8443 ssl http2;');
    expect(https).toContain('ssl_certificate /c.pem;');
    expect(https).toContain('ssl_certificate_key /k.pem;');
    const locations = https!.match(/\n {4}location [^{]+\{[^}]*\}/g)!;
    expect(locations.length).toBeGreaterThan(PLAIN_PAGE_STATUSES.length);
    // Each location that sends headers sends HSTS; `/_headers` only hands over to the 404 page.
    for (const location of locations.filter((text) => text.includes('add_header')))
      expect(location).toContain(`add_header ${HSTS[0]} "${HSTS[1]}" always;`);
  });

  it('redirects to the standard port without naming it', () => {
    expect(nginxConfig({ ...site, tls: { ...tls, listen: '443' } })).toContain(
      'return 301 https://$host$request_uri;',
    );
  });

  it('refuses a header value nginx would read differently', () => {
    const bad = parseHeadersFile('/*\n  X-Note: costs $5\n');
    expect(() => nginxConfig({ root: '/', listen: '80', workDir: '/tmp', rules: bad })).toThrow(
      'nginx cannot send this header value as it is: costs $5',
    );
  });

  it('reads more servers after the site’s own, so the site’s stay the default ones', () => {
    const included = nginxConfig({ ...site, tls, include: '/etc/nginx/conf.d/*.conf' });
    const afterServers = included.slice(included.lastIndexOf('\n  server {'));
    expect(afterServers).toMatch(
      /\n {2}\}\n.*\n {2}include \/etc\/nginx\/conf\.d\/\*\.conf;\n\}\n$/,
    );
    expect(withTls).not.toContain('include /etc/nginx/conf.d');
  });
});
