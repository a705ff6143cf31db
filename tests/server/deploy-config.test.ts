import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_PATHS } from '~/publish/nginx-config';
import { DEPLOY_FILES, SELF_HOSTED_TLS } from '~/publish/self-hosted';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';
import { selfSignedCertificate } from './certificate';
import { noNginx } from './nginx';

function nginxCheck(config: string) {
  return spawnSync(NGINX_PATHS.binary, ['-t', '-c', config], { encoding: 'utf8' });
}

describe.skipIf(noNginx)('deploy/ on this machine’s nginx', () => {
  it(`${DEPLOY_FILES.http} passes nginx’s own check`, () => {
    const check = nginxCheck(join(REPOSITORY, DEPLOY_FILES.http));
    expect(check.stderr).toContain('test is successful');
    expect(check.status).toBe(0);
  });

  it(`${DEPLOY_FILES.https} passes it with a certificate in place of the clinic’s`, () => {
    const { certificate, certificateKey } = selfSignedCertificate();
    const config = join(tempFolder('https-config'), 'nginx.conf');
    writeFileSync(
      config,
      readFileSync(join(REPOSITORY, DEPLOY_FILES.https), 'utf8')
        .replace(SELF_HOSTED_TLS.certificate, certificate)
        .replace(SELF_HOSTED_TLS.certificateKey, certificateKey),
    );
    const check = nginxCheck(config);
    expect(check.stderr).toContain('test is successful');
    expect(check.status).toBe(0);
  });
});
