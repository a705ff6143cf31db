import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from '../helpers/content-fixtures';

/**
 * Astro first imports astro.config.mjs with Node itself, and only when that fails starts a Vite
 * server to load it, which costs every build about 0.4 s of CPU. Node reads the integrations'
 * TypeScript itself as long as every file the config reaches imports with a relative path and the
 * `.ts` ending (no `~/`), so this import fails as soon as one of them does not.
 */
// Node strips types itself from 22.18 on; the project's scripts run on its own Node 24.
describe.skipIf(!process.features.typescript)('astro.config.mjs', () => {
  it('loads with plain Node, with no Vite to resolve its imports', () => {
    const config = pathToFileURL(join(REPOSITORY, 'astro.config.mjs')).href;
    const script = `const { default: config } = await import(${JSON.stringify(config)});
      process.stdout.write(JSON.stringify(config.integrations.flat().map(({ name }) => name)));`;
    const names = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
      cwd: REPOSITORY,
      encoding: 'utf8',
    });
    expect(JSON.parse(names)).toEqual([
      'content-check',
      '@astrojs/mdx',
      '@astrojs/sitemap',
      'pagefind',
      'share-cards',
      'astro-compressor',
      'precompress-cache',
      'checked-page-cache',
      'clinic-editor',
    ]);
  });

  it('leaves the browser editor unloaded until the dev command asks for it', () => {
    const config = pathToFileURL(join(REPOSITORY, 'astro.config.mjs')).href;
    // Node's resolve hook sees every module imported or required while the config loads.
    const script = `const { registerHooks } = await import('node:module');
      const loaded = [];
      registerHooks({ resolve: (specifier, context, next) => {
        const resolved = next(specifier, context);
        loaded.push(resolved.url);
        return resolved;
      } });
      await import(${JSON.stringify(config)});
      process.stdout.write(JSON.stringify(loaded));`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
        cwd: REPOSITORY,
        encoding: 'utf8',
      }),
    ) as string[];
    expect(loaded.some((url) => url.includes('/@astrojs/mdx/'))).toBe(true);
    expect(loaded.filter((url) => /\/(@astrojs\/react|@keystatic)\//.test(url))).toEqual([]);
  });
});
