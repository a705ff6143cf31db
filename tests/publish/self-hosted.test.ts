import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfHostedConfig } from '~/publish/self-hosted';
import { REPOSITORY } from '../helpers/content-fixtures';

const read = (path: string) => readFileSync(join(REPOSITORY, path), 'utf8');

describe('deploy/nginx.conf', () => {
  it('is made from public/_headers as it is now (npm run deploy:nginx)', () => {
    expect(read('deploy/nginx.conf')).toBe(selfHostedConfig(read('public/_headers')));
  });
});
