import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOST_PHOTO_BYTES } from '~/content-check/files/photo-file';
import { SELF_HOSTED } from '~/publish/self-hosted';
import { STUDIO_LIMITS } from '~/studio/deploy/nginx-limits';
import {
  STUDIO_DEPLOY_FILES,
  STUDIO_SELF_HOSTED,
  studioSelfHostedConfig,
} from '~/studio/deploy/self-hosted';
import { REPOSITORY } from '../../helpers/content-fixtures';

const committed = readFileSync(join(REPOSITORY, STUDIO_DEPLOY_FILES.nginx), 'utf8');
const MEGABYTE = 1024 * 1024;

describe(`${STUDIO_DEPLOY_FILES.nginx}`, () => {
  it('is made from src/studio/deploy/ as it is now (npm run deploy:nginx)', () => {
    expect(committed).toBe(studioSelfHostedConfig());
  });

  it('takes a form with the largest photo the content check allows, as base64 in JSON', () => {
    const base64 = Math.ceil(MOST_PHOTO_BYTES / 3) * 4;
    // Room for the rest of the form and the JSON around it.
    expect(STUDIO_LIMITS.bodyMegabytes * MEGABYTE).toBeGreaterThan(base64 + MEGABYTE);
    expect(committed).toContain(`client_max_body_size ${STUDIO_LIMITS.bodyMegabytes}m;`);
  });

  it('waits two minutes for the studio’s answer', () => {
    expect(committed).toContain('proxy_read_timeout 120s;');
  });

  it('answers certificate challenges from the folder the public site answers them from', () => {
    expect(STUDIO_SELF_HOSTED.challengeRoot).toBe(SELF_HOSTED.root);
    expect(STUDIO_SELF_HOSTED.httpListen).toBe(SELF_HOSTED.listen);
  });

  it('is on HTTPS with HTTP/2 and its own certificate, as the public site is', () => {
    expect(committed).toContain('listen 443 ssl http2;');
    expect(committed).toContain(
      'ssl_certificate /etc/letsencrypt/live/clinic-studio/fullchain.pem;',
    );
    expect(committed).toContain(`server_name ${STUDIO_SELF_HOSTED.serverName};`);
  });

  it('lets nginx read it from conf.d after the public site’s servers', () => {
    expect(SELF_HOSTED.include).toBe('/etc/nginx/conf.d/*.conf');
  });
});
