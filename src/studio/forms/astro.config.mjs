// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { defineConfig } from 'astro/config';
import unsavedGuard from '../../editor/unsaved-guard.ts';

/** Keystatic's forms as a Node app, for the studio server to serve behind its sign-in. */
export default defineConfig({
  srcDir: './src/studio/forms/app',
  publicDir: './src/studio/forms/public',
  // The studio server loads the forms from its data folder (src/studio/server/forms-app.ts).
  outDir: `${process.env.STUDIO_DATA || '.studio'}/forms`,
  cacheDir: './node_modules/.astro-studio-forms',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  integrations: [react(), keystatic(), unsavedGuard()],
  trailingSlash: 'ignore',
  build: { assets: '_forms' },
});
