// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { parse } from 'yaml';
import checkedPageCache from './src/build-cache/integration.ts';
import contentCheck from './src/content-check/integration.ts';
import { answerWritingCheck } from './src/content-check/forms/writing-endpoint.ts';
import editor from './src/editor/integration.ts';
import pagefind from './src/search/pagefind-integration.ts';
import precompress from './src/publish/precompress-integration.ts';
import shareCards from './src/share-cards/integration.ts';

// The benchmark and the multi-treatment tests build other content folders without touching `content/`.
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
// A site.yaml that cannot be read is left to the content check, which says why in an editor's words.
const site = (() => {
  try {
    return parse(readFileSync(resolve(contentDir, 'site.yaml'), 'utf8')).url;
  } catch {
    return undefined;
  }
})();

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Hosts keep node_modules between builds, so the incremental build's cache survives there.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // No code blocks in the content, and Shiki's inline styles would need a looser policy.
  markdown: { syntaxHighlight: false },
  // Every integration of the site, in the order Astro runs their hooks (docs/architecture.md).
  // Each end-of-build step runs in this order too: compression comes after everything that writes
  // files into the built site.
  integrations: [
    // Checks content/ before Astro reads it: a mistake stops the build, or fills the dev preview.
    contentCheck(contentDir),
    // Compiles the MDX collections (with the content check's page text guard as a plugin).
    mdx(),
    // Writes sitemap-index.xml from the built pages.
    sitemap(),
    // After the build: indexes the built pages into dist/pagefind/.
    pagefind(),
    // After the build: draws each page's share card into dist/cards/, kept between builds.
    shareCards(),
    // After the build, last: the .br and .gz copies of every text file over 1 KB, kept between builds.
    precompress(),
    // Before the build: throws away kept pages that are not byte for byte what was published.
    checkedPageCache(),
    // `npm run dev` only: Keystatic's forms at /keystatic; a build never adds them.
    editor({
      writingCheck: (request, response, root) =>
        answerWritingCheck(request, response, root, contentDir),
    }),
  ],
  vite: {
    // A build or preview given a CACHE_DIR keeps Vite's prebundled modules there too: previews of
    // copies of the project that share one node_modules would otherwise rewrite each other's.
    ...(process.env.CACHE_DIR ? { cacheDir: resolve(process.env.CACHE_DIR, 'vite') } : {}),
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX output trips a harmless bundler warning on every file
        // (withastro/astro#18087); hide only that one so real warnings stay visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
  // Astro hashes its own scripts and styles into a <meta> policy; public/_headers repeats the rest
  // for hosts that send headers. Search needs 'wasm-unsafe-eval' for Pagefind's WebAssembly.
  // Pages from getStaticPaths carry a cache key (src/build-cache/); a later build copies a page whose
  // key and code are unchanged instead of rendering it. It needs build.concurrency at its default, 1.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
