/** Reads the V8 CPU profiles of a build and adds up self time by part of the stack. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfilePart {
  name: string;
  seconds: number;
  share: number;
}

const MARKDOWN =
  /^(@mdx-js|micromark|mdast|remark|rehype|hast|unified|unist|vfile|estree|acorn|recma|astring|devlop|property-information|zwitch|trough|bail|ccount|character-entities|decode-named|parse-entities|stringify-entities|html-void|space-separated|comma-separated|markdown-table|longest-streak|github-slugger|@astrojs\/markdown-remark|@astrojs\/markdown-satteri|satteri|@astrojs\/mdx|@astrojs\/prism|shiki|smol-toml|js-yaml|gray-matter)/;
const BUNDLER = /^(vite|rolldown|@rolldown|rollup|esbuild|@oxc|oxc|magic-string|es-module-lexer)/;
const CSS = /^(tailwindcss|@tailwindcss|lightningcss)/;

/** Which part of the build a function belongs to, from its script's address. */
function partOf({ functionName, url }: ProfileNode['callFrame'], repository: string): string {
  if (!url) return /^\(/.test(functionName) ? functionName : 'Node and V8 native code';
  if (url.startsWith('node:')) return 'Node internals (module loading, fs, streams)';
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (inPackage) {
    const [, name = '', rest = ''] = inPackage;
    if (name === 'astro') {
      if (rest.startsWith('dist/runtime/')) return 'Astro: rendering components';
      if (rest.startsWith('dist/content/')) return 'Astro: content layer';
      return 'Astro: build pipeline';
    }
    if (name === '@astrojs/compiler') return 'Astro: .astro compiler';
    if (MARKDOWN.test(name)) return 'MDX and Markdown (unified)';
    if (BUNDLER.test(name)) return 'Vite / Rolldown bundling';
    if (CSS.test(name)) return 'Tailwind CSS';
    if (name === 'zod') return 'zod (content schemas)';
    if (name === 'pagefind') return 'Pagefind (Node side)';
    return `other package: ${name}`;
  }
  if (path.startsWith(join(repository, 'src'))) return 'our src/ (config, loaders)';
  if (/\.prerender\//.test(path)) return 'the site as bundled: our pages + Astro runtime';
  return `other: ${path.replace(repository, '.')}`;
}

export interface ProfileSummary {
  parts: ProfilePart[];
  /** The functions with the most self time, named with their file. */
  functions: ProfilePart[];
}

const ranked = (totals: Map<string, number>, all: number, top: number) =>
  [...totals]
    .map(([name, seconds]) => ({ name, seconds, share: seconds / all }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, top);

/** Self time of every CPU profile in `dir`, summed by part and by function, largest first. */
export function summariseProfiles(dir: string, repository: string, top = 14): ProfileSummary {
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, seconds: number) =>
    totals.set(key, (totals.get(key) ?? 0) + seconds);
  let all = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id) ?? { functionName: 'unknown', url: '' };
      const seconds = (profile.timeDeltas[i] ?? 0) / 1e6;
      all += seconds;
      add(parts, partOf(frame, repository), seconds);
      const where = frame.url.replace(/^.*\/(node_modules\/)?/, '');
      add(functions, `${frame.functionName || '(anonymous)'} ${where}`.trim(), seconds);
    });
  }
  return { parts: ranked(parts, all, top), functions: ranked(functions, all, top) };
}
