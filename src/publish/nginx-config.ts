import type { HeaderRule } from './headers-file';
import {
  PLAIN_PAGE,
  PLAIN_PAGE_PATH,
  PLAIN_PAGE_STATUSES,
  SITE_ERROR_PAGE,
  SITE_PAGE_STATUSES,
} from './nginx-error-pages';
import { CLIENT_LIMITS, CLIENT_TIMEOUTS, WORKER_CAPACITY } from './nginx-limits';

/** HTTPS in nginx itself: the site on `listen`, and plain HTTP on the site's port sent there. */
export interface NginxTls {
  /** What the HTTPS server listens on: a port, or an address and port. */
  listen: string;
  /** The certificate with its chain, and its private key, as PEM files. */
  certificate: string;
  certificateKey: string;
}

/** Where and how nginx serves one built site. */
export interface NginxSite {
  /** The built site, an absolute path. */
  root: string;
  /** What nginx listens on for plain HTTP: a port, or an address and port such as `127.0.0.1:8080`. */
  listen: string;
  /** A folder nginx may write its pid file and temporary files into. */
  workDir: string;
  /** The user the worker processes run as; nginx's own default (`nobody`) when left out. */
  user?: string | undefined;
  /** Where the pid file goes; in `workDir` when left out. */
  pidFile?: string | undefined;
  /** Where errors are written; standard error when left out. */
  errorLog?: string | undefined;
  /** The rules of the site's `_headers` file. */
  rules: readonly HeaderRule[];
  /** Serve the site over HTTPS, with HSTS; plain HTTP then only redirects and answers certificate challenges. */
  tls?: NginxTls | undefined;
  /**
   * More servers, such as the studio's (docs/publishing.md): a file nginx reads after the site's
   * servers, or a pattern, of which no file matching is fine.
   */
  include?: string | undefined;
}

/** Debian's paths, from the `nginx` and `libnginx-mod-http-brotli-static` packages. */
export const NGINX_PATHS = {
  binary: '/usr/sbin/nginx',
  brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  mimeTypes: '/etc/nginx/mime.types',
};

/** Sent on every HTTPS reply: browsers then use HTTPS for the site for a year without asking. */
export const HSTS: [string, string] = ['Strict-Transport-Security', 'max-age=31536000'];

const EVERY_PATH = '/*';

type Header = readonly [name: string, value: string];

/** nginx's location for a `_headers` pattern: exact, by prefix, or a regular expression. */
function locationsFor(pattern: string): string[] {
  const stars = pattern.split('*').length - 1;
  if (stars === 0)
    // The page at `/` is served as `/index.html` after an internal redirect, which picks its location again.
    return pattern.endsWith('/') ? [`= ${pattern}`, `= ${pattern}index.html`] : [`= ${pattern}`];
  if (stars === 1 && pattern.endsWith('*')) return [`^~ ${pattern.slice(0, -1)}`];
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return [`~ "^${parts.join('.*')}$"`];
}

function quoted(value: string): string {
  if (/["$\\]/.test(value))
    throw new Error(`nginx cannot send this header value as it is: ${value}`);
  return `"${value}"`;
}

// `always` sends the headers on error pages and redirects too.
function addHeaders(headers: readonly Header[], indent: string): string {
  return headers.map(([name, value]) => `${indent}add_header ${name} ${value} always;`).join('\n');
}

/**
 * A rule's own headers (its caching) hold only for a successful reply: each distinct header gets a
 * variable that is its value on a 2xx or 304 and otherwise empty, which nginx does not send, or for
 * `Cache-Control` `no-store`, so an error page or a redirect is never kept, let alone for a year.
 * nginx adds headers before it knows whether a range can be served; a reply to a range request
 * gets none of the rule's own, as it may turn into a 416 that keeps them. Volatile: worked out
 * again for the error page such a reply turns into.
 */
function onSuccessOnly(rules: readonly HeaderRule[]) {
  const variables = new Map<string, string>();
  const maps: string[] = [];
  const variableFor = ([name, value]: Header) => {
    const key = `${name}: ${value}`;
    let variable = variables.get(key);
    if (!variable) {
      variable = `$${name.toLowerCase().replace(/-/g, '_')}_${variables.size + 1}`;
      variables.set(key, variable);
      const otherwise = name.toLowerCase() === 'cache-control' ? '"no-store"' : '""';
      maps.push(`  map "$status:$http_range" ${variable} {
    volatile;
    "~^(2..|304):$" ${quoted(value)};
    "~^200:" "";
    default ${otherwise};
  }`);
    }
    return variable;
  };
  for (const rule of rules) for (const header of rule.headers) variableFor(header);
  return { maps, variableFor };
}

type RuleHeaders = ReturnType<typeof onSuccessOnly>;

function serverBody(site: NginxSite, own: RuleHeaders, security: readonly Header[]): string {
  const global = [
    ...site.rules.filter((rule) => rule.pattern === EVERY_PATH).flatMap((rule) => rule.headers),
    ...security,
  ].map(([name, value]): Header => [name, quoted(value)]);
  const locations = site.rules
    .filter((rule) => rule.pattern !== EVERY_PATH)
    .flatMap((rule) =>
      locationsFor(rule.pattern).map((location) => {
        const headers = rule.headers.map(([name, value]): Header => [
          name,
          own.variableFor([name, value]),
        ]);
        return `    location ${location} {\n${addHeaders([...global, ...headers], '      ')}\n    }`;
      }),
    );
  // A path, not a named location: nginx cannot go to a named location for a request whose address
  // it could not read.
  const plainPages = PLAIN_PAGE_STATUSES.map(
    (status) => `    location = ${PLAIN_PAGE_PATH}${status} {
      internal;
${addHeaders([...global, ['Cache-Control', '"no-store"']], '      ')}
      default_type text/html;
      return ${status} ${quoted(PLAIN_PAGE)};
    }`,
  );
  return `    root ${site.root};
    index index.html;
    # Redirects keep the address the client used, whatever port or proxy is in front.
    absolute_redirect off;
    # Checked before any location is chosen, as a \`^~\` location would skip a regular expression.
    if ($hidden_path) {
      return 404;
    }
    error_page ${SITE_PAGE_STATUSES.join(' ')} ${SITE_ERROR_PAGE};
    # Headers too large for nginx to read, which it would answer with a page of its own.
    error_page 494 =400 ${SITE_ERROR_PAGE};
${PLAIN_PAGE_STATUSES.map((status) => `    error_page ${status} ${PLAIN_PAGE_PATH}${status};`).join('\n')}

${locations.join('\n')}
    # The headers file is for the build and the hosts that read it, not for visitors.
    location = /_headers {
      return 404;
    }
    location / {
${addHeaders(global, '      ')}
    }
${plainPages.join('\n')}`;
}

/** The plain HTTP server when the site is on HTTPS: certificate challenges, and a redirect for the rest. */
function redirectServer(site: NginxSite, tls: NginxTls): string {
  const port = /(\d+)$/.exec(tls.listen)?.[1];
  return `  server {
    listen ${site.listen};
    root ${site.root};
    if ($hidden_path) {
      return 404;
    }
    error_page 404 ${SITE_ERROR_PAGE};
    # The certificate authority checks the site over plain HTTP before it issues or renews a certificate.
    location ^~ /.well-known/acme-challenge/ {
    }
    location = ${SITE_ERROR_PAGE} {
    }
    location / {
      return 301 https://$host${port === '443' ? '' : `:${port}`}$request_uri;
    }
  }`;
}

function httpsServer(site: NginxSite, own: RuleHeaders, tls: NginxTls): string {
  return `  server {
    listen ${tls.listen} ssl http2;
    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:tls:10m;
    ssl_session_timeout 1d;
    ssl_session_tickets off;
    # Plain HTTP sent to the HTTPS port, which nginx would answer with a page of its own.
    error_page 497 =400 ${SITE_ERROR_PAGE};
${serverBody(site, own, [HSTS])}
  }`;
}

// Last, so the site's servers stay the default ones: a request for a host name no server names
// still gets the site, never another server.
function includeAfterSite(include: string): string {
  return `  # Other servers on this machine, each with its own server_name.\n  include ${include};\n`;
}

/**
 * An nginx configuration that serves a built site as a \`_headers\` host would: the headers of \`/*\`
 * on everything, each other rule's headers in a location of its own (nginx does not add up headers
 * across locations, so each repeats those of \`/*\`), precompressed \`.br\` and \`.gz\` files by
 * \`Accept-Encoding\`, the site's own page for every error and a redirect to a folder's trailing
 * slash; hardened against clients that ask too much, too slowly or for files that are not the site's.
 */
export function nginxConfig(site: NginxSite): string {
  const own = onSuccessOnly(site.rules.filter((rule) => rule.pattern !== EVERY_PATH));
  const servers = site.tls
    ? [redirectServer(site, site.tls), httpsServer(site, own, site.tls)]
    : [`  server {\n    listen ${site.listen};\n${serverBody(site, own, [])}\n  }`];
  return `${site.user ? `user ${site.user};\n` : ''}load_module ${NGINX_PATHS.brotliModule};
worker_processes auto;
worker_rlimit_nofile ${WORKER_CAPACITY.openFiles};
pid ${site.pidFile ?? `${site.workDir}/nginx.pid`};
error_log ${site.errorLog ?? 'stderr'} warn;

events {
  worker_connections ${WORKER_CAPACITY.connections};
}

http {
  include ${NGINX_PATHS.mimeTypes};
  default_type application/octet-stream;
  charset utf-8;
  access_log off;
  log_not_found off;
  server_tokens off;
  sendfile on;
  client_body_temp_path ${site.workDir}/client-body;
  proxy_temp_path ${site.workDir}/proxy;
  fastcgi_temp_path ${site.workDir}/fastcgi;
  uwsgi_temp_path ${site.workDir}/uwsgi;
  scgi_temp_path ${site.workDir}/scgi;

  # A client that sends half a request, or stops reading, is let go soon (src/publish/nginx-limits.ts).
  client_header_timeout ${CLIENT_TIMEOUTS.header};
  client_body_timeout ${CLIENT_TIMEOUTS.body};
  send_timeout ${CLIENT_TIMEOUTS.send};
  keepalive_timeout ${CLIENT_TIMEOUTS.keepalive};
  reset_timedout_connection on;
  # One range per request: resuming a download needs no more, and many ranges cost many reads.
  max_ranges 1;

  # Per client address; a request waiting for its headers counts towards neither.
  limit_conn_zone $binary_remote_addr zone=requests_at_once:10m;
  limit_req_zone $binary_remote_addr zone=request_rate:10m rate=${CLIENT_LIMITS.requestsPerSecond}r/s;
  limit_conn requests_at_once ${CLIENT_LIMITS.requestsAtOnce};
  limit_req zone=request_rate burst=${CLIENT_LIMITS.burst} nodelay;
  limit_conn_status ${CLIENT_LIMITS.refusedStatus};
  limit_req_status ${CLIENT_LIMITS.refusedStatus};
  limit_conn_log_level warn;
  limit_req_log_level warn;

  # The build wrote .br and .gz beside each text file over 1 KB; nothing is compressed per request.
  brotli_static on;
  gzip_static on;
  gzip_vary on;

  # Not the site: any name starting with a dot (a build's \`.prerender/\`, an editor's \`.env\`) but
  # \`/.well-known/\`, where certificate challenges and \`security.txt\` live, and the \`.partial\`
  # files a stopped build leaves half written (src/lib/whole-file.ts). Volatile: worked out again
  # for the error page a hidden path is answered with, which is not hidden.
  map $uri $hidden_path {
    volatile;
    "~^/\\.well-known/(?!(.*/)?\\.)" 0;
    "~/\\." 1;
    "~\\.partial$" 1;
    default 0;
  }
${own.maps.join('\n')}

${servers.join('\n')}
${site.include ? includeAfterSite(site.include) : ''}}
`;
}
