import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp-folders.ts';
import { blobSha, overwriteRefusal, SaveGuard } from '../../../src/studio/server/save-guard.ts';

const PAGE = 'content/treatments/microneedling.mdx';
const versions = (entries: Record<string, string | undefined>) => new Map(Object.entries(entries));

describe("the guard against saving over someone else's change", () => {
  it("names a file by git's own blob name, as the forms list it", () => {
    const dir = tempFolder('blob-sha');
    const file = join(dir, 'page.mdx');
    writeFileSync(file, '---\ntitle: Microneedling\n---\n');
    const fromGit = execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();
    expect(blobSha(new TextEncoder().encode('---\ntitle: Microneedling\n---\n'))).toBe(fromGit);
  });

  it('lets a save through when the file is as the forms loaded it', () => {
    const guard = new SaveGuard();
    guard.sawTree('sam-taylor', [{ path: PAGE, type: 'blob', sha: 'a1' }]);
    expect(guard.changedSinceSeen('sam-taylor', versions({ [PAGE]: 'a1' }))).toEqual([]);
  });

  it('refuses a save over a file changed since the forms loaded it', () => {
    const guard = new SaveGuard();
    guard.sawTree('sam-taylor', [{ path: PAGE, type: 'blob', sha: 'a1' }]);
    guard.sawTree('karen-evans', [{ path: PAGE, type: 'blob', sha: 'a1' }]);
    guard.saved('karen-evans', versions({ [PAGE]: 'b2' }));
    expect(guard.changedSinceSeen('sam-taylor', versions({ [PAGE]: 'b2' }))).toEqual([PAGE]);
    expect(guard.changedSinceSeen('karen-evans', versions({ [PAGE]: 'b2' }))).toEqual([]);
  });

  it('refuses making a file someone else has made, and saving one someone else removed', () => {
    const guard = new SaveGuard();
    const other = 'content/practitioners/sam-taylor.mdx';
    guard.sawTree('sam-taylor', [{ path: PAGE, type: 'blob', sha: 'a1' }]);
    expect(guard.changedSinceSeen('sam-taylor', versions({ [other]: 'c3' }))).toEqual([other]);
    expect(guard.changedSinceSeen('sam-taylor', versions({ [PAGE]: undefined }))).toEqual([PAGE]);
    expect(guard.changedSinceSeen('sam-taylor', versions({ [other]: undefined }))).toEqual([]);
  });

  it('ignores folders in the list of files', () => {
    const guard = new SaveGuard();
    guard.sawTree('sam-taylor', [{ path: 'content/treatments', type: 'tree', sha: 't1' }]);
    expect(
      guard.changedSinceSeen('sam-taylor', versions({ 'content/treatments': undefined })),
    ).toEqual([]);
  });

  it('says who changed the file and when, in UK time', () => {
    const words = overwriteRefusal(PAGE, {
      name: 'Karen Evans',
      date: new Date('2026-07-01T13:02:00Z'),
    });
    expect(words).toContain('Karen Evans saved a change to this file on 1 July 2026 at 14:02');
    expect(words).toContain(PAGE);
    expect(words).toContain('has not been saved');
  });
});
