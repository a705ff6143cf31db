import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from '../../../scripts/repository';

// The studio's server runs on Node itself, without Vite to resolve `~/` or add file endings.
const SCRIPT = `
import { describeChanges } from './src/studio/changes/describe-changes.ts';
const before = '---\\nname: Karen Evans\\nrole: Practitioner\\n---\\n';
const after = before.replace('role: Practitioner', 'role: Nurse');
console.log(JSON.stringify(describeChanges([{ path: 'content/practitioners/karen-evans.mdx', before, after }])));
`;

describe('the words for what changed, on Node alone', () => {
  it('loads and describes a change', () => {
    const output = execFileSync(
      join(REPOSITORY, 'node_modules/.bin/node'),
      ['--input-type=module', '--eval', SCRIPT],
      { cwd: REPOSITORY, encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toEqual(["Practitioner: Karen Evans, the practitioner's job title"]);
  });
});
