import type { HeaderRule } from './headers-file';

/** Where and how nginx serves one built site. */
export interface NginxSite {
  /** The built site, an absolute path. */
  root: string;
  /** What nginx listens on: a port, or an address and port such as `127.0.0.1:8080`. */
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
}

/** Debian's paths, from the `nginx` and `libnginx-mod-http-brotli-static` packages. */
export const NGINX_PATHS = {
  binary: '/usr/sbin/nginx',
  brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  mimeTypes: '/etc/nginx/mime.types',
};

const EVERY_PATH = '/*';

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

// `always` sends the headers on the 404 page and redirects too.
function addHeaders(headers: readonly [string, string][], indent: string): string {
  return headers
    .map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`)
    .join('\n');
}

/**
 * An nginx configuration that serves a built site as a `_headers` host would: the headers of `/*`
 * on everything, each other rule's headers in a location of its own (nginx does not add up headers
 * across locations, so each repeats those of `/*`), precompressed `.br` and `.gz` files by
 * `Accept-Encoding`, `404.html` for a missing page and a redirect to a folder's trailing slash.
 */
export function nginxConfig(site: NginxSite): string {
  const global = site.rules.filter((rule) => rule.pattern === EVERY_PATH).flatMap((r) => r.headers);
  const locations = site.rules
    .filter((rule) => rule.pattern !== EVERY_PATH)
    .flatMap((rule) =>
      locationsFor(rule.pattern).map(
        (location) =>
          `    location ${location} {\n${addHeaders([...global, ...rule.headers], '      ')}\n    }`,
      ),
    );
  return `${site.user ? `user ${site.user};\n` : ''}load_module ${NGINX_PATHS.brotliModule};
worker_processes auto;
pid ${site.pidFile ?? `${site.workDir}/nginx.pid`};
error_log ${site.errorLog ?? 'stderr'} warn;

events {
  worker_connections 256;
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

  # The build wrote .br and .gz beside each text file over 1 KB; nothing is compressed per request.
  brotli_static on;
  gzip_static on;
  gzip_vary on;

  server {
    listen ${site.listen};
    root ${site.root};
    index index.html;
    # Redirects keep the address the client used, whatever port or proxy is in front.
    absolute_redirect off;
    error_page 404 /404.html;

${locations.join('\n')}
    # The headers file is for the build and the hosts that read it, not for visitors.
    location = /_headers {
      return 404;
    }
    location / {
${addHeaders(global, '      ')}
    }
  }
}
`;
}
