import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import compressor, { brotliDefaults, gzipDefaults } from 'astro-compressor';
import { CompressedCopiesCache } from './compressed-copies-cache.ts';
import { worthPrecompressing } from './precompress-rule.ts';

const EXTENSION: Record<string, string> = { brotli: 'br', gzip: 'gz' };

/** Brotli at quality 11 and gzip at level 9, astro-compressor's strongest settings. */
const COMPRESSION = { brotli: brotliDefaults, gzip: gzipDefaults };

/** What decides a copy's bytes besides the file: the settings and the compressors' versions. */
const SETTINGS = JSON.stringify({
  ...COMPRESSION,
  zlib: process.versions.zlib,
  brotliVersion: process.versions.brotli,
});

/**
 * Writes `.br` and `.gz` copies beside each text file over 1 KB, for servers that send them as they
 * are (nginx's `brotli_static` and `gzip_static`). It must be the last integration, so that the files
 * Pagefind writes at the end of the build are compressed too. Copies are kept in Astro's cache folder
 * (`node_modules/.astro`, which hosts keep between builds), so a rebuild compresses only the files
 * that changed.
 */
export default function precompress(): AstroIntegration[] {
  let cache: CompressedCopiesCache | undefined;
  const cacheOf = () => {
    if (!cache) throw new Error('The precompression cache is used before Astro set its config');
    return cache;
  };
  const extensionOf = (format: string) => EXTENSION[format] ?? format;
  return [
    compressor({
      ...COMPRESSION,
      zstd: false,
      hooks: {
        fileFilter: ({ filePath }) => worthPrecompressing(filePath, statSync(filePath).size),
        preCompression: async ({ filePath, format }) =>
          (await cacheOf().restore(filePath, extensionOf(format))) ? 'skip' : 'keep',
        // As astro-compressor's own rule: a copy no smaller than the file is not worth sending.
        postCompression: async ({ inputPath, inputSize, outputSize, format }) => {
          if (outputSize >= inputSize) return 'skip';
          await cacheOf().written(inputPath, extensionOf(format));
          return 'keep';
        },
      },
    }),
    {
      name: 'precompress-cache',
      hooks: {
        'astro:config:done': ({ config }) => {
          cache = new CompressedCopiesCache(
            join(fileURLToPath(config.cacheDir), 'precompressed'),
            SETTINGS,
          );
        },
        // Runs after astro-compressor's own step, which comes just before it.
        'astro:build:done': async ({ logger }) => {
          const { restored, kept, dropped } = await cacheOf().save();
          logger.info(
            `${restored} compressed copies from the cache, ${kept} new ones kept, ${dropped} old ones dropped`,
          );
        },
      },
    },
  ];
}
