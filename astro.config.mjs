// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { parse } from 'yaml';

// The benchmark and the multi-treatment tests build other content folders without touching `content/`.
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const { url: site } = parse(readFileSync(resolve(contentDir, 'site.yaml'), 'utf8'));

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
