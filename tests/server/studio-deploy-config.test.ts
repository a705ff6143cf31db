import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_PATHS } from '~/publish/nginx-config';
import { DEPLOY_FILES, SELF_HOSTED, SELF_HOSTED_TLS } from '~/publish/self-hosted';
import { STUDIO_DEPLOY_FILES, STUDIO_SELF_HOSTED } from '~/studio/deploy/self-hosted';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';
import { selfSignedCertificate } from './certificate';
import { noNginx } from './nginx';

const read = (path: string) => readFileSync(join(REPOSITORY, path), 'utf8');

/**
 * A main configuration of `deploy/` with the studio's file in place of `conf.d`, as installed,
 * and the test's certificate in place of each of the clinic's.
 */
function installed(main: string): string {
  const { certificate, certificateKey } = selfSignedCertificate();
  const folder = tempFolder('studio-deploy-config');
  const withCertificate = (text: string) =>
    text
      .replace(SELF_HOSTED_TLS.certificate, certificate)
      .replace(SELF_HOSTED_TLS.certificateKey, certificateKey)
      .replace(STUDIO_SELF_HOSTED.certificate, certificate)
      .replace(STUDIO_SELF_HOSTED.certificateKey, certificateKey);
  const studio = join(folder, 'clinic-studio.conf');
  writeFileSync(studio, withCertificate(read(STUDIO_DEPLOY_FILES.nginx)));
  const config = join(folder, 'nginx.conf');
  writeFileSync(config, withCertificate(read(main)).replace(SELF_HOSTED.include, studio));
  return config;
}

describe.skipIf(noNginx)(`${STUDIO_DEPLOY_FILES.nginx} on this machine’s nginx`, () => {
  it.each([DEPLOY_FILES.http, DEPLOY_FILES.https])('passes nginx’s own check inside %s', (main) => {
    const check = spawnSync(NGINX_PATHS.binary, ['-t', '-c', installed(main)], {
      encoding: 'utf8',
    });
    expect(check.stderr).toContain('test is successful');
    expect(check.stderr).not.toContain('[warn]');
    expect(check.status).toBe(0);
  });
});
