import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerWritingCheck,
  MOST_BYTES,
  writingListsIn,
} from '~/content-check/forms/writing-endpoint';
import { CONTENT, REPOSITORY } from '../../helpers/content-fixtures';
import { removeTempFolders, tempFolder } from '../../helpers/temp-folders';

let server: Server;
let address = '';
let content = '';

beforeAll(async () => {
  content = join(tempFolder('writing-endpoint'), 'content');
  cpSync(CONTENT, content, { recursive: true });
  server = createServer((request, response) => {
    void answerWritingCheck(request, response, REPOSITORY, content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  removeTempFolders();
});

const post = (body: string, type = 'application/json') =>
  fetch(address, { method: 'POST', headers: { 'Content-Type': type }, body });

const wordsFound = async (text: string) => {
  const response = await post(JSON.stringify({ collection: 'treatments', field: 'summary', text }));
  expect(response.status).toBe(200);
  const { findings } = (await response.json()) as { findings: { words: string }[] };
  return findings.map(({ words }) => words);
};

describe("the preview's writing check for a form field", () => {
  it('reads the word list on every question, so a word added counts at once', async () => {
    expect(await wordsFound('Our dermaroller works.')).toEqual(['dermaroller']);
    appendFileSync(join(content, 'words.txt'), '\ndermaroller\n');
    expect(await wordsFound('Our dermaroller works.')).toEqual([]);
  });

  it('reads the lists again only when one of their files has changed', () => {
    const first = writingListsIn(REPOSITORY, content);
    expect(writingListsIn(REPOSITORY, content), 'nothing changed').toBe(first);
    appendFileSync(join(content, 'words.txt'), '\nmicrochannel\n');
    const added = writingListsIn(REPOSITORY, content);
    expect(added).not.toBe(first);
    expect(added.settings.words).toContain('microchannel');
    const profile = join(content, 'practitioners', 'karen-evans.mdx');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('name: Karen Evans', 'name: Karen Evanz'),
    );
    expect(writingListsIn(REPOSITORY, content).settings.words).toContain('Evanz');
  });

  it('reads the profiles as the content check does: a link, a pipe or a huge file gives no names', () => {
    const outside = join(tempFolder('writing-endpoint-outside'), 'secret.mdx');
    writeFileSync(outside, '---\nname: Outsidename\n---\n');
    const profiles = join(content, 'practitioners');
    const planted = ['linked.mdx', 'pipe.mdx', 'huge.mdx'].map((name) => join(profiles, name));
    const [linked = '', pipe = '', huge = ''] = planted;
    symlinkSync(outside, linked);
    execFileSync('mkfifo', [pipe]);
    writeFileSync(huge, `---\nname: Hugename\n---\n${'a'.repeat(1024 * 1024)}`);
    try {
      // A pipe read as a file waits for a writer for ever; it is refused, so this returns.
      const { words } = writingListsIn(REPOSITORY, content).settings;
      expect(words).not.toContain('Outsidename');
      expect(words).not.toContain('Hugename');
      expect(words, 'the real profiles still count').toContain('Yusofi');
    } finally {
      for (const path of planted) rmSync(path, { force: true });
    }
  });

  it('reads the reading age from site.yaml on every question', async () => {
    const sentence = 'We talk about your skin and the care you need before you book a session.';
    expect(await wordsFound(sentence)).toEqual([]);
    const site = join(content, 'site.yaml');
    const settings = readFileSync(site, 'utf8');
    appendFileSync(site, '\nreadingAge: 9\n');
    expect((await wordsFound(sentence)).length).toBeGreaterThan(0);
    writeFileSync(site, settings);
  });

  it('takes POST JSON only, of a bounded size, in the shape a form sends', async () => {
    expect((await fetch(address)).status).toBe(405);
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ text: 1 }))).status).toBe(400);
    const huge = JSON.stringify({
      collection: 'treatments',
      field: 'x',
      text: 'a'.repeat(MOST_BYTES),
    });
    expect((await post(huge)).status).toBe(413);
  });
});
