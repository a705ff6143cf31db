import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site';

const KB = 1024;
const PLANNER_BUDGET = 3 * KB;
const SEARCH_BUDGET = 20 * KB;
const PAGE_BUDGET = 14 * KB;

const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
);
const read = (path: string) => readFileSync(join(DIST, path));
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Pages allowed JavaScript, and how much of their own (gzipped) each may ship. */
const scriptBudgets: Record<string, number> = Object.fromEntries([
  ...htmlFiles
    .filter((file) => read(file).includes('<next-session-planner'))
    .map((file) => [file, PLANNER_BUDGET]),
  ['search/index.html', SEARCH_BUDGET],
]);

/** A built script and every module it imports, each once: all the bytes the browser fetches. */
function withImports(path: string, seen = new Set<string>()): Buffer[] {
  if (seen.has(path)) return [];
  seen.add(path);
  const code = read(path);
  const imports = [
    ...code.toString('utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g),
  ];
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return [code, ...imports.flatMap(([, file]) => withImports(`${dir}${file}`, seen))];
}

/** Executable scripts of a page (JSON-LD is data, not code), with what they import. */
function scriptsOf(file: string): Buffer[] {
  const html = read(file).toString('utf8');
  const scripts = html.matchAll(
    /<script\b(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g,
  );
  const seen = new Set<string>();
  return [...scripts].flatMap(([, attributes = '', body = '']) => {
    const src = /src="\/([^"]+)"/.exec(attributes)?.[1];
    return src ? withImports(src, seen) : [Buffer.from(body)];
  });
}

/** The page's HTML and every stylesheet it links, which the browser needs before it can paint. */
function renderBlockingBytes(file: string): number {
  const html = read(file).toString('utf8');
  const styles = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(([, href]) =>
    read(href ?? ''),
  );
  return gzipped(html) + styles.reduce((sum, css) => sum + gzipped(css), 0);
}

describe('byte budgets of the built site', () => {
  it('found the built pages', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(htmlFiles.filter((file) => !(file in scriptBudgets)))(
    '%s ships no JavaScript',
    (file) => {
      expect(scriptsOf(file)).toEqual([]);
    },
  );

  it('has the planner on every treatment and aftercare page', () => {
    const plannerPages = Object.keys(scriptBudgets).filter((file) =>
      file.startsWith('treatments/'),
    );
    expect(plannerPages.sort()).toEqual(
      htmlFiles
        .filter((file) => /^treatments\/[^/]+\/(aftercare\/)?index\.html$/.test(file))
        .sort(),
    );
  });

  it.each(Object.entries(scriptBudgets))(
    '%s ships at most %d bytes of its own JavaScript, gzipped',
    (file, budget) => {
      const scripts = scriptsOf(file);
      expect(scripts.length).toBeGreaterThan(0);
      const bytes = scripts.reduce((sum, script) => sum + gzipped(script), 0);
      expect(bytes, `${file}: ${bytes} bytes of JavaScript gzipped`).toBeLessThanOrEqual(budget);
    },
  );

  it.each(htmlFiles)('%s: HTML and render-blocking CSS fit in 14 KB gzipped', (file) => {
    const bytes = renderBlockingBytes(file);
    expect(bytes, `${file}: ${bytes} bytes of HTML and CSS gzipped`).toBeLessThanOrEqual(
      PAGE_BUDGET,
    );
  });
});
