import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, contentWith } from '../helpers/build-site';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';

/**
 * A rebuild with the cache of an earlier build must write the same bytes as a build from nothing,
 * and render again only the pages the change reaches. The content has two treatments, so a change
 * to one leaves the other's pages to be copied from the cache.
 */
let contentDir = '';
// The out dir keeps one path: Astro's image module names it, and a new path would change every
// page's code hash that uses images.
let outDir = '';
let cacheDir = '';

beforeAll(() => {
  contentDir = contentWith(join(REPOSITORY, 'tests', 'fixtures', 'second-treatment'));
  outDir = tempFolder('incremental-dist');
  cacheDir = tempFolder('incremental-cache');
  buildInto({ contentDir, outDir, cacheDir });
});

/** Every file of a built site, by path, as a hash of its bytes. */
function filesOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [
        relative(dir, file),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a = ''], [b = '']) => a.localeCompare(b)),
  );
}

/** The pages Astro rendered rather than copied from its cache, from its log. */
const renderedPages = (log: string) =>
  [...log.matchAll(/├─ (\S+) \(\+[\d.]+m?s\)/g)].map(([, page]) => page).sort();

// Pages without getStaticPaths carry no cache key and are rendered on every build.
const ALWAYS = [
  '/404.html',
  '/index.html',
  '/practitioners/index.html',
  '/robots.txt',
  '/search/index.html',
  '/treatments/index.html',
];
const PEEL = [
  '/treatments/example-peel/aftercare/index.html',
  '/treatments/example-peel/index.html',
  '/treatments/example-peel/procedure/index.html',
];
const MICRONEEDLING = PEEL.map((page) => page.replace('example-peel', 'microneedling'));
const practitioner = (id: string) => `/practitioners/${id}/index.html`;

describe('an incremental build', () => {
  it.each([
    {
      change: 'a treatment',
      edit: () =>
        appendFileSync(
          join(contentDir, 'treatments', 'example-peel.mdx'),
          '\nA sentence added by an editor.\n',
        ),
      rendered: [...PEEL, practitioner('karen-evans'), practitioner('sam-sample')],
    },
    {
      change: 'a practitioner',
      edit: () => {
        const file = join(contentDir, 'practitioners', 'sam-sample.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace('[tuesday, thursday]', '[monday]'));
      },
      rendered: [...PEEL, practitioner('sam-sample')],
    },
    {
      change: 'site.yaml',
      edit: () => {
        const file = join(contentDir, 'site.yaml');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace('clinicName: The Skin Clinic', 'clinicName: Skin Co'),
        );
      },
      rendered: [
        ...PEEL,
        ...MICRONEEDLING,
        ...['ilona-abramenko', 'karen-evans', 'palwasha-yusofi', 'sam-sample'].map(practitioner),
      ],
    },
  ])('after a change to $change writes what a cold build writes', ({ edit, rendered }) => {
    edit();
    const log = buildInto({ contentDir, outDir, cacheDir });
    const cold = tempFolder('cold-dist');
    buildInto({ contentDir, outDir: cold, cacheDir: tempFolder('cold-cache') });

    expect(renderedPages(log)).toEqual([...ALWAYS, ...rendered].sort());
    // Unchanged files get their .br and .gz back from the cache instead of being compressed again.
    expect(Number(/(\d+) compressed copies from the cache/.exec(log)?.[1])).toBeGreaterThan(0);
    expect(filesOf(outDir)).toEqual(filesOf(cold));
  });
});
