/**
 * Guards a change meant to make the build faster, not different: `--save` builds the real content
 * and the real content with the second-treatment fixture and keeps a hash of every built file in
 * the cache dir; a later run without `--save` builds both again and lists every file that differs.
 *
 *   npm run bench:same-output -- --save   before the change
 *   npm run bench:same-output             after it; exits with 1 when any file differs
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../scripts/project-copy.ts';
import { REAL_CONTENT } from './generate.ts';
import { runBuild } from './measure.ts';
import { REPOSITORY } from '../scripts/repository.ts';

const { values: flags } = parseArgs({ options: { save: { type: 'boolean', default: false } } });
const SAVED = join(REPOSITORY, 'node_modules', '.astro', 'output-hashes.json');
const SITES = { real: [], 'second treatment': ['tests/fixtures/second-treatment'] };

function hashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  return Object.fromEntries(
    files
      .map((file) => join(file.parentPath, file.name))
      .map((file) => [
        relative(dir, file),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a = ''], [b = '']) => a.localeCompare(b)),
  );
}

const work = mkdtempSync(join(os.tmpdir(), 'clinic-same-output-'));
try {
  const projectDir = copyProject(join(work, 'project'));
  const built: Record<string, Record<string, string>> = {};
  for (const [name, fixtures] of Object.entries(SITES)) {
    const contentDir = join(work, `content-${name}`);
    cpSync(REAL_CONTENT, contentDir, { recursive: true });
    for (const fixture of fixtures)
      cpSync(join(REPOSITORY, fixture), contentDir, { recursive: true });
    const outDir = join(work, `dist-${name}`);
    await runBuild({ projectDir, contentDir, outDir, cacheDir: join(work, `cache-${name}`) });
    built[name] = hashes(outDir);
  }
  if (flags.save) {
    mkdirSync(dirname(SAVED), { recursive: true });
    writeFileSync(SAVED, JSON.stringify(built, null, 2));
    console.log(
      `saved the hashes of ${Object.values(built)
        .map((site) => Object.keys(site).length)
        .join(' and ')} files to ${SAVED}`,
    );
  } else {
    if (!existsSync(SAVED)) throw new Error(`Run with --save first: ${SAVED} is missing`);
    const saved = JSON.parse(readFileSync(SAVED, 'utf8')) as typeof built;
    const differ = Object.entries(built).flatMap(([name, files]) => {
      const before = saved[name] ?? {};
      const paths = [...new Set([...Object.keys(before), ...Object.keys(files)])].sort();
      return paths.filter((path) => before[path] !== files[path]).map((path) => `${name}: ${path}`);
    });
    console.log(
      differ.length === 0 ? 'every built file is the same' : `differ:\n${differ.join('\n')}`,
    );
    process.exitCode = differ.length === 0 ? 0 : 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
