/** Sizes of a built site: the whole of `dist/`, the Pagefind index, and a typical page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistSizes {
  distBytes: number;
  pagefindBytes: number;
  htmlPages: number;
  /** The median over HTML pages of the page's gzipped HTML plus its gzipped stylesheets. */
  medianPageGzipBytes: number;
  /** The mean number of words a reader sees on a page. */
  meanPageWords: number;
}

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

const total = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Stylesheets a page links to, as paths from the site root; inline styles are in the HTML already. */
const stylesheetsOf = (html: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /rel="?stylesheet/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => !!href && href.startsWith('/'));

/** Words outside tags, scripts, styles and JSON-LD: what a reader sees. */
const wordsOf = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;

export function measureDist(outDir: string): DistSizes {
  const files = filesUnder(outDir);
  const pages = files.filter(
    (file) => file.endsWith('.html') && !file.startsWith(join(outDir, 'pagefind')),
  );
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
    return gzipped.get(file) as number;
  };
  const texts = pages.map((page) => readFileSync(page, 'utf8'));
  const pageBytes = pages.map((page, i) => {
    const css = stylesheetsOf(texts[i] as string);
    return gzipSize(page) + css.reduce((sum, href) => sum + gzipSize(join(outDir, href)), 0);
  });
  return {
    distBytes: total(files),
    pagefindBytes: total(files.filter((file) => file.startsWith(join(outDir, 'pagefind')))),
    htmlPages: pages.length,
    medianPageGzipBytes: median(pageBytes),
    meanPageWords: texts.reduce((sum, html) => sum + wordsOf(html), 0) / Math.max(1, texts.length),
  };
}
