import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX_PATHS } from '~/publish/nginx-config';
import { REPOSITORY } from '../helpers/content-fixtures';
import { noNginx } from './nginx';

describe.skipIf(noNginx)('deploy/nginx.conf on this machine’s nginx', () => {
  it('passes nginx’s own check', () => {
    const config = join(REPOSITORY, 'deploy', 'nginx.conf');
    const check = spawnSync(NGINX_PATHS.binary, ['-t', '-c', config], { encoding: 'utf8' });
    expect(check.stderr).toContain('test is successful');
    expect(check.status).toBe(0);
  });
});
