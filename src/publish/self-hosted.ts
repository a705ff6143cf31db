import { parseHeadersFile } from './headers-file';
import { nginxConfig } from './nginx-config';

/**
 * The self-hosted server as `deploy/nginx.conf` sets it up on Debian: the site built in the
 * repository at `/srv/clinic/site` (its `dist` is a link to the live release), port 80, Debian's
 * own user, pid file, temporary folder and log, and the studio's servers from `conf.d`
 * (docs/publishing.md).
 */
export const SELF_HOSTED = {
  root: '/srv/clinic/site/dist',
  listen: '80',
  workDir: '/var/lib/nginx',
  user: 'www-data',
  pidFile: '/run/nginx.pid',
  errorLog: '/var/log/nginx/error.log',
  include: '/etc/nginx/conf.d/*.conf',
};

/**
 * HTTPS as `deploy/nginx-https.conf` sets it up: port 443 with the certificate certbot keeps under
 * the name `clinic` (docs/serving.md), and port 80 redirecting there.
 */
export const SELF_HOSTED_TLS = {
  listen: '443',
  certificate: '/etc/letsencrypt/live/clinic/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/clinic/privkey.pem',
};

/** The files `npm run deploy:nginx` writes, with HTTPS in nginx or without. */
export const DEPLOY_FILES = { http: 'deploy/nginx.conf', https: 'deploy/nginx-https.conf' };

/** A file of `DEPLOY_FILES`, made from the text of `public/_headers`. */
export function selfHostedConfig(headersFile: string, https = false): string {
  const note =
    '# Made by `npm run deploy:nginx` from public/_headers; change that file, not this one.\n';
  const rules = parseHeadersFile(headersFile);
  return note + nginxConfig({ ...SELF_HOSTED, rules, tls: https ? SELF_HOSTED_TLS : undefined });
}
