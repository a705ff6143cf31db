import { HSTS } from '~/publish/nginx-config';
import { STUDIO_PAGE_PATH, STUDIO_PAGES } from './nginx-error-pages';
import { STUDIO_LIMITS } from './nginx-limits';

/** Where and how nginx puts the studio on its own host name over HTTPS. */
export interface StudioNginx {
  /** The studio's host name, the one in STUDIO_ORIGIN. */
  serverName: string;
  /** What the HTTPS server listens on: a port, or an address and port. */
  listen: string;
  /** What plain HTTP listens on: it only redirects to HTTPS and answers certificate challenges. */
  httpListen: string;
  /** The certificate with its chain, and its private key, as PEM files. */
  certificate: string;
  certificateKey: string;
  /** The studio server itself, at STUDIO_HOST and STUDIO_PORT. */
  upstream: string;
  /** The folder certbot writes its challenges into for this host name. */
  challengeRoot: string;
}

/**
 * The headers of every answer, the studio's and nginx's own. No `includeSubDomains`, as on the
 * public site (docs/serving.md). The studio's pages are not for search engines, and none is ever
 * kept by a browser or a proxy: they are all behind sign-in, and a computer shared at the clinic's
 * desk must not show them to the next person after sign-out.
 */
export const STUDIO_HEADERS: readonly (readonly [name: string, value: string])[] = [
  HSTS,
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Robots-Tag', 'noindex, nofollow'],
  ['Cache-Control', 'no-store'],
];

/**
 * The studio's own headers of the same names are dropped, so each is sent once, as nginx says; its
 * Content-Security-Policy is kept, and a browser applies both. `Expires` would allow keeping.
 */
const HIDDEN_FROM_STUDIO = [
  ...STUDIO_HEADERS.map(([name]) => name).filter((name) => name !== 'Content-Security-Policy'),
  'Expires',
  'X-Powered-By',
];

/** Where the sign-in form is posted, which has the strict limit of its own. */
export const SIGN_IN_PATH = '/studio/sign-in';

function statusPages(): string {
  const statuses = Object.keys(STUDIO_PAGES).map(
    (status) => `    error_page ${status} ${STUDIO_PAGE_PATH}${status};`,
  );
  const pages = Object.entries(STUDIO_PAGES).map(
    ([status, html]) => `    location = ${STUDIO_PAGE_PATH}${status} {
      internal;
      default_type text/html;
      return ${status} "${html}";
    }`,
  );
  return `${statuses.join('\n')}
    # Headers too large to read, and plain HTTP sent to the HTTPS port.
    error_page 494 497 =400 ${STUDIO_PAGE_PATH}400;
${pages.join('\n')}`;
}

function httpsServer(studio: StudioNginx): string {
  const { signInBurst, burst, bodyMegabytes, answerTimeout } = STUDIO_LIMITS;
  return `  server {
    listen ${studio.listen} ssl http2;
    server_name ${studio.serverName};
    ssl_certificate ${studio.certificate};
    ssl_certificate_key ${studio.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:studio_tls:1m;
    ssl_session_timeout 1d;
    ssl_session_tickets off;
    server_tokens off;

${STUDIO_HEADERS.map(([name, value]) => `    add_header ${name} "${value}" always;`).join('\n')}
${HIDDEN_FROM_STUDIO.map((name) => `    proxy_hide_header ${name};`).join('\n')}

    # A form with a photo in it (src/studio/deploy/nginx-limits.ts).
    client_max_body_size ${bodyMegabytes}m;
    limit_req zone=studio_requests burst=${burst} nodelay;
    limit_req_status 429;

    proxy_http_version 1.1;
    # Set, not added to: a client cannot pass off another address, host or scheme as its own.
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto https;
    proxy_set_header X-Forwarded-Host $host;
    proxy_set_header Forwarded "";
    proxy_set_header X-Real-IP "";
    proxy_connect_timeout 5s;
    proxy_send_timeout ${answerTimeout};
    proxy_read_timeout ${answerTimeout};
    # nginx takes a whole upload before the studio sees any of it, and a whole answer before the
    # client reads it, so a slow connection holds nginx, which is made for that, not the studio.
    # An answer that must arrive as it is written says \`X-Accel-Buffering: no\`.
    proxy_request_buffering on;
    proxy_buffering on;
    proxy_buffer_size 16k;
    proxy_buffers 16 16k;
    proxy_busy_buffers_size 32k;

${statusPages()}

    location = ${SIGN_IN_PATH} {
      limit_req zone=studio_sign_ins burst=${signInBurst} nodelay;
      limit_req zone=studio_requests burst=${burst} nodelay;
      proxy_pass ${studio.upstream};
    }
    location / {
      proxy_pass ${studio.upstream};
    }
  }`;
}

function redirectServer(studio: StudioNginx): string {
  const port = /(\d+)$/.exec(studio.listen)?.[1];
  return `  server {
    listen ${studio.httpListen};
    server_name ${studio.serverName};
    server_tokens off;
    # The certificate authority checks the host name over plain HTTP before it issues or renews a certificate.
    location ^~ /.well-known/acme-challenge/ {
      root ${studio.challengeRoot};
    }
    location / {
      return 301 https://$host${port === '443' ? '' : `:${port}`}$request_uri;
    }
  }`;
}

/**
 * The studio's part of nginx's configuration, read inside the \`http\` block after the public
 * site's servers (\`include\` of src/publish/nginx-config.ts): its request limits, the HTTPS server
 * that passes every request to the studio, and plain HTTP redirecting there.
 */
export function studioNginxConfig(studio: StudioNginx): string {
  const { signInsPerMinute, requestsPerSecond } = STUDIO_LIMITS;
  return `  # Only a posted sign-in counts towards the sign-in limit: nginx counts no request whose key is empty.
  map $request_method $studio_sign_in {
    POST $binary_remote_addr;
    default "";
  }
  limit_req_zone $studio_sign_in zone=studio_sign_ins:1m rate=${signInsPerMinute}r/m;
  limit_req_zone $binary_remote_addr zone=studio_requests:10m rate=${requestsPerSecond}r/s;

${httpsServer(studio)}
${redirectServer(studio)}
`;
}
