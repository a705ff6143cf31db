/**
 * `npm run deploy:nginx`: writes `deploy/nginx.conf`, the self-hosted server's configuration, from
 * `public/_headers`, so both kinds of host send the same headers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { selfHostedConfig } from '~/publish/self-hosted';

mkdirSync('deploy', { recursive: true });
writeFileSync('deploy/nginx.conf', selfHostedConfig(readFileSync('public/_headers', 'utf8')));
console.log('Wrote deploy/nginx.conf from public/_headers.');
