import { SELF_HOSTED } from '~/publish/self-hosted';
import { studioNginxConfig, type StudioNginx } from './nginx-config';

/**
 * The studio as `deploy/nginx-studio.conf` sets it up on the clinic's server (docs/publishing.md):
 * a stand-in host name that the install replaces with the clinic's own, the certificate certbot
 * keeps under the name `clinic-studio`, the studio at its default STUDIO_HOST and STUDIO_PORT, and
 * challenges in the public site's folder, where certbot put the first one, through the site's
 * plain HTTP server, before this file could be installed.
 */
export const STUDIO_SELF_HOSTED: StudioNginx = {
  serverName: 'studio.example.co.uk',
  listen: '443',
  httpListen: SELF_HOSTED.listen,
  certificate: '/etc/letsencrypt/live/clinic-studio/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/clinic-studio/privkey.pem',
  upstream: 'http://127.0.0.1:4330',
  challengeRoot: SELF_HOSTED.root,
};

/** The studio's files in `deploy/`: nginx's part, which `npm run deploy:nginx` writes, and systemd's unit. */
export const STUDIO_DEPLOY_FILES = {
  nginx: 'deploy/nginx-studio.conf',
  unit: 'deploy/clinic-studio.service',
};

/** The text of `deploy/nginx-studio.conf`. */
export function studioSelfHostedConfig(): string {
  return (
    '# Made by `npm run deploy:nginx` from src/studio/deploy/; change those files, not this one.\n' +
    '# Read by the main configuration from /etc/nginx/conf.d/ (docs/publishing.md).\n' +
    studioNginxConfig(STUDIO_SELF_HOSTED)
  );
}
