import { parseHeadersFile } from './headers-file';
import { nginxConfig } from './nginx-config';

/**
 * The self-hosted server as `deploy/nginx.conf` sets it up on Debian: the built site copied to
 * `/srv/clinic/dist`, port 80 behind whatever terminates HTTPS, and Debian's own user, pid file,
 * temporary folder and log.
 */
export const SELF_HOSTED = {
  root: '/srv/clinic/dist',
  listen: '80',
  workDir: '/var/lib/nginx',
  user: 'www-data',
  pidFile: '/run/nginx.pid',
  errorLog: '/var/log/nginx/error.log',
};

/** `deploy/nginx.conf`, made from the text of `public/_headers`. */
export function selfHostedConfig(headersFile: string): string {
  const note =
    '# Made by `npm run deploy:nginx` from public/_headers; change that file, not this one.\n';
  return note + nginxConfig({ ...SELF_HOSTED, rules: parseHeadersFile(headersFile) });
}
