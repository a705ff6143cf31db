/**
 * `npm run deploy:nginx`: writes `deploy/nginx.conf` and `deploy/nginx-https.conf`, the self-hosted
 * server's configuration without and with HTTPS, from `public/_headers`, so both kinds of host send
 * the same headers; and `deploy/nginx-studio.conf`, the studio's servers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DEPLOY_FILES, selfHostedConfig } from '~/publish/self-hosted';
import { STUDIO_DEPLOY_FILES, studioSelfHostedConfig } from '~/studio/deploy/self-hosted';

const headers = readFileSync('public/_headers', 'utf8');
mkdirSync('deploy', { recursive: true });
writeFileSync(DEPLOY_FILES.http, selfHostedConfig(headers));
writeFileSync(DEPLOY_FILES.https, selfHostedConfig(headers, true));
writeFileSync(STUDIO_DEPLOY_FILES.nginx, studioSelfHostedConfig());
console.log(
  `Wrote ${DEPLOY_FILES.http} and ${DEPLOY_FILES.https} from public/_headers, and ${STUDIO_DEPLOY_FILES.nginx}.`,
);
