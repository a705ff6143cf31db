import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lockFileOf } from '~/release/build-all-or-nothing';
import { liveRelease } from '~/release/publish-release';
import { releaseFolders } from '~/release/release-folders';
import { copyProject } from '../../scripts/project-copy';
import { buildEnvironment, contentWith, projectCopy } from '../helpers/build-site';
import { contentWithMistake } from '../helpers/content-commands';
import { siteHashes } from '../helpers/site-files';
import { tempFolder } from '../helpers/temp-folders';

// Real builds of the real content, as `npm run build` runs them, into a site built once at the start.
const target = join(tempFolder('release-site'), 'dist');
const folders = releaseFolders(target);
const content = contentWith();

interface Run {
  child: ChildProcess;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function startBuild(
  contentDir = content,
  cacheDir = tempFolder('cache'),
  project = projectCopy(),
): Run {
  const child = spawn(process.execPath, [join(project, 'scripts', 'build.ts')], {
    cwd: project,
    env: {
      ...buildEnvironment(),
      NO_COLOR: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: target,
      CACHE_DIR: cacheDir,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<Awaited<Run['done']>>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, output })),
  );
  return { child, done };
}

/** Kills the build with SIGKILL as soon as `ready` holds, checked as often as the build lets us. */
async function killWhen(run: Run, ready: () => boolean) {
  const exited = run.done.then(() => true);
  for (;;) {
    if (ready()) break;
    if (await Promise.race([exited, new Promise((wait) => setImmediate(wait, false))]))
      throw new Error(`The build ended before it could be killed:\n${(await run.done).output}`);
  }
  run.child.kill('SIGKILL');
  return run.done;
}

/** The build leaves the link, the live release and nothing else: no staging, no lock, no pages' code. */
function expectNoLeftovers(project = projectCopy()) {
  expect(lstatSync(target).isSymbolicLink()).toBe(true);
  expect(readdirSync(folders.home)).toEqual([liveRelease(folders)]);
  expect(existsSync(lockFileOf(project))).toBe(false);
  expect(existsSync(join(project, '.astro', '.prerender'))).toBe(false);
  expect(readdirSync(target)).not.toContain('.prerender');
}

let good: Record<string, string>;
beforeAll(async () => {
  const first = await startBuild().done;
  expect(first.status, first.output).toBe(0);
  good = siteHashes(target);
  expect(Object.keys(good)).toContain('treatments/microneedling/index.html');
});

const cacheWith = (file: string) => {
  const cacheDir = tempFolder('cache');
  // A file where the step keeps its cache folder makes the step fail as a full disk would.
  writeFileSync(join(cacheDir, file), '');
  return cacheDir;
};

/**
 * A copy of the project with one of its own files broken, for a fault that no content can cause:
 * the content check refuses every page text that would fail to compile or render.
 */
function projectWith(file: string, replace: string, replacement: string) {
  const project = copyProject(tempFolder('broken-project'));
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(replace)) throw new Error(`"${replace}" is not in ${file}`);
  writeFileSync(path, text.replace(replace, replacement));
  return project;
}

describe('a build that fails', () => {
  it.each([
    {
      step: 'the content check',
      content: () =>
        contentWithMistake({
          edit: 'treatments/microneedling.mdx',
          replace: 'unit: weeks',
          with: 'unit: months',
        }),
    },
    {
      step: 'compiling the site',
      project: () =>
        projectWith('src/components/mdx/InsetText.astro', '<slot />', '<slot />\n<div'),
      says: /InsetText\.astro/,
    },
    {
      step: 'rendering a page',
      project: () =>
        projectWith(
          'src/layouts/BaseLayout.astro',
          '---\n',
          "---\nif (Astro.url) throw new Error('A page could not be drawn.');\n",
        ),
      says: /A page could not be drawn\./,
    },
    { step: 'share cards', cache: () => cacheWith('share-cards') },
    { step: 'compression', cache: () => cacheWith('precompressed') },
  ])('in $step leaves the last good site byte for byte', async (fault) => {
    const project = fault.project?.();
    const result = await startBuild(fault.content?.(), fault.cache?.(), project).done;
    expect(result.status, result.output).toBe(1);
    if (fault.says) expect(result.output).toMatch(fault.says);
    expect(result.output).toContain('The build stopped and published nothing');
    expect(siteHashes(target)).toEqual(good);
    expectNoLeftovers(project);
  });

  it('names the step and the file in one block', async () => {
    const result = await startBuild(content, cacheWith('share-cards')).done;
    expect(result.output).toMatch(
      /\nevery page\n {2}Step: +share cards\n {2}Problem: +EEXIST.*share-cards/,
    );
    expect(result.output).not.toMatch(/^\s+at /m);
  });
});

describe('a build killed with SIGKILL', () => {
  const staged = (file: string) => () => existsSync(join(folders.staging, file));
  it.each([
    { when: 'its staging folder first appears', ready: staged('') },
    { when: 'its pages are written', ready: staged('treatments/microneedling/index.html') },
    { when: 'its search index is written', ready: staged('pagefind/pagefind.js') },
    { when: 'its share cards are copied', ready: staged('cards') },
  ])('when $when leaves the last good site byte for byte', async ({ ready }) => {
    const killed = await killWhen(startBuild(), ready);
    expect(killed.signal).toBe('SIGKILL');
    expect(siteHashes(target)).toEqual(good);
  });

  it('is cleaned up after by the next build, which succeeds', async () => {
    const next = await startBuild().done;
    expect(next.status, next.output).toBe(0);
    expect(siteHashes(target)).toEqual(good);
    expectNoLeftovers();
  });
});

describe('two builds started at once in one folder', () => {
  it('runs one; the other stops with a clear message and changes nothing', async () => {
    const results = await Promise.all([startBuild().done, startBuild().done]);
    const busy = results.filter(({ output }) => output.includes('Another build is running'));
    expect(busy.length, results.map(({ output }) => output).join('\n')).toBe(1);
    expect(busy[0]?.status).toBe(1);
    expect(results.filter(({ status }) => status === 0)).toHaveLength(1);
    expect(siteHashes(target)).toEqual(good);
    expectNoLeftovers();
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toContain('</html>');
  });
});

describe('two builds in a row with one cache', () => {
  // Astro copies a kept page only into the out dir it was built in: the staging folder keeps one path.
  it('copies, the second time, every page whose files did not change', async () => {
    const cache = tempFolder('cache');
    const treatmentRendered = /├─ \/treatments\/microneedling\/index\.html \(\+/;
    const first = await startBuild(content, cache).done;
    expect(first.output).toMatch(treatmentRendered);
    const second = await startBuild(content, cache).done;
    expect(second.status, second.output).toBe(0);
    expect(second.output).not.toMatch(treatmentRendered);
    expect(second.output).toMatch(/├─ \/treatments\/microneedling\/index\.html \(restored\)/);
    expect(siteHashes(target)).toEqual(good);
    expectNoLeftovers();
  });
});
