import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_FILES, selfHostedConfig } from '~/publish/self-hosted';
import { REPOSITORY } from '../helpers/content-fixtures';

const read = (path: string) => readFileSync(join(REPOSITORY, path), 'utf8');

describe('deploy/', () => {
  it(`${DEPLOY_FILES.http} is made from public/_headers as it is now (npm run deploy:nginx)`, () => {
    expect(read(DEPLOY_FILES.http)).toBe(selfHostedConfig(read('public/_headers')));
  });

  it(`${DEPLOY_FILES.https} is made from public/_headers as it is now (npm run deploy:nginx)`, () => {
    expect(read(DEPLOY_FILES.https)).toBe(selfHostedConfig(read('public/_headers'), true));
  });
});
