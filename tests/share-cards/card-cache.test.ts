import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shareCards from '~/share-cards/integration';
import { cardFileName, type CardInputs } from '~/share-cards/card-inputs';

const card: CardInputs = {
  title: 'Microneedling',
  kind: 'Treatment',
  siteName: 'The Skin Clinic',
  host: 'www.example.com',
};
const page = (inputs: CardInputs, fileName = cardFileName(inputs)) =>
  `<head><meta property="og:site_name" content="${inputs.siteName}"><meta property="og:image" content="https://${inputs.host}/cards/${fileName}" data-card-title="${inputs.title}" data-card-kind="${inputs.kind}"></head>`;

let folder: string;
let outDir: string;
let cacheDir: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'clinic-cards-'));
  outDir = join(folder, 'dist');
  cacheDir = join(folder, 'cache');
  mkdirSync(join(outDir, 'treatments'), { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

// The hooks are called with only the parts of Astro's options they read.
type Hook = (options: unknown) => Promise<void> | void;

/** Runs the integration's build steps on `outDir` and returns what it logged. */
async function build(): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  const { hooks } = shareCards();
  await (hooks['astro:config:done'] as Hook)({
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
  });
  await (hooks['astro:build:done'] as Hook)({
    dir: pathToFileURL(`${outDir}/`),
    logger,
  });
  return logged;
}

const published = () => readFileSync(join(outDir, 'cards', cardFileName(card)));
const keptCard = () => join(cacheDir, 'share-cards', cardFileName(card));

describe('share cards between builds', () => {
  it('draws a card once and takes it from the cache while the page is unchanged', async () => {
    writeFileSync(join(outDir, 'index.html'), page(card));
    expect(await build()).toEqual([expect.stringMatching(/^1 share cards, 1 drawn/)]);
    const drawn = published();
    rmSync(join(outDir, 'cards'), { recursive: true });

    expect(await build()).toEqual([expect.stringMatching(/^1 share cards, 0 drawn/)]);
    expect(published().equals(drawn)).toBe(true);
  });

  it.each([
    ['garbage', () => writeFileSync(keptCard(), Buffer.alloc(readFileSync(keptCard()).length, 1))],
    ['empty', () => writeFileSync(keptCard(), '')],
    ['cut short', () => writeFileSync(keptCard(), readFileSync(keptCard()).subarray(0, 500))],
    [
      'gone from the index',
      () => writeFileSync(join(cacheDir, 'share-cards', 'checksums.json'), ''),
    ],
  ])('draws a kept card again when it is %s, and keeps the new one', async (_, spoil) => {
    writeFileSync(join(outDir, 'index.html'), page(card));
    await build();
    const drawn = published();
    spoil();

    expect(await build()).toEqual([expect.stringMatching(/^1 share cards, 1 drawn/)]);
    expect(published().equals(drawn)).toBe(true);
    expect(readFileSync(keptCard()).equals(drawn)).toBe(true);
    expect(await build()).toEqual([expect.stringMatching(/^1 share cards, 0 drawn/)]);
  });

  it('draws again when the page’s title changes', async () => {
    writeFileSync(join(outDir, 'index.html'), page(card));
    await build();
    writeFileSync(
      join(outDir, 'index.html'),
      page({ ...card, title: 'Microneedling for the face' }),
    );
    expect(await build()).toEqual([expect.stringMatching(/^1 share cards, 1 drawn/)]);
  });

  it('stops the build when a page has no card, or links to a card under another name', async () => {
    writeFileSync(join(outDir, 'treatments', 'index.html'), '<head></head>');
    await expect(build()).rejects.toThrow(/^treatments\/index\.html\n[\s\S]*no share card/);
    writeFileSync(join(outDir, 'treatments', 'index.html'), page(card, '0000000000000000.png'));
    await expect(build()).rejects.toThrow('not named after what it shows');
  });

  it('names the same broken page every time, the first of them as the site is listed', async () => {
    const broken = Array.from({ length: 20 }, (_, n) => join('treatments', `t${n}`, 'index.html'));
    for (const file of broken) {
      mkdirSync(join(outDir, file, '..'), { recursive: true });
      writeFileSync(join(outDir, file), '<head></head>');
    }
    // As the step lists the site.
    const first = (await readdir(outDir, { recursive: true })).find((file) =>
      broken.includes(file),
    );
    // The first takes longest to read, so the others fail before it does.
    writeFileSync(join(outDir, first ?? ''), `${' '.repeat(20_000_000)}<head></head>`);
    for (let run = 0; run < 3; run++)
      await expect(build()).rejects.toThrow(new RegExp(`^${first}\\n`));
  });
});
