import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { brotliCompress, constants, gzip } from 'node:zlib';
import compressor, { brotliDefaults, gzipDefaults } from 'astro-compressor';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { inStep, onFile, onFileNow } from '../lib/step-failure.ts';
import { CompressedCopiesCache, type AheadFormat } from './compressed-copies-cache.ts';
import { pagesAsRendered } from './pages-as-rendered.ts';
import { loadedFirst, worthPrecompressing } from './precompress-rule.ts';

const STEP = 'compression';

/** A logger that passes on everything but errors. */
function withoutErrors(logger: AstroIntegrationLogger): AstroIntegrationLogger {
  return Object.assign(Object.create(logger) as AstroIntegrationLogger, { error: () => {} });
}

const EXTENSION: Record<string, string> = { brotli: 'br', gzip: 'gz' };

/**
 * What a client loads first (see `loadedFirst`) gets brotli at quality 11 and gzip at level 9,
 * astro-compressor's strongest settings. The rest gets quality 5 and level 6: at quality 11
 * Pagefind's own UI scripts alone took about half a second of a build, for 10% fewer bytes in
 * files the site never sends.
 */
const STRONGEST = { brotli: brotliDefaults, gzip: gzipDefaults };
const QUICK = {
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  gzip: { level: 6 },
};

/** What decides a copy's bytes besides the file: the settings and the compressors' versions. */
const settingsOf = (levels: typeof STRONGEST | typeof QUICK) =>
  JSON.stringify({
    ...levels,
    zlib: process.versions.zlib,
    brotliVersion: process.versions.brotli,
  });
const SETTINGS = { strongest: settingsOf(STRONGEST), quick: settingsOf(QUICK) };

// As astro-compressor compresses, in one call each, so a copy made ahead has the same bytes.
const brotliOnce = promisify(brotliCompress);
const gzipOnce = promisify(gzip);
const STRONGEST_FORMATS: AheadFormat[] = [
  { ext: 'br', compress: (bytes) => brotliOnce(bytes, STRONGEST.brotli) },
  { ext: 'gz', compress: (bytes) => gzipOnce(bytes, STRONGEST.gzip) },
];
/** Files compressed ahead at once: zlib works on threads of its own, so two keep both cores busy. */
const AHEAD_AT_ONCE = 2;
/** The name of a page, for the settings of the pages compressed as they are rendered. */
const A_PAGE = 'index.html';

/**
 * Writes `.br` and `.gz` copies beside each text file over 1 KB, for servers that send them as they
 * are (nginx's `brotli_static` and `gzip_static`). It must be the last integration, so that the files
 * Pagefind writes at the end of the build are compressed too. Copies are kept in Astro's cache folder
 * (`node_modules/.astro`, which hosts keep between builds), so a rebuild compresses only the files
 * that changed.
 *
 * The pages and the site's own styles and scripts, most of the work, are final once the pages are
 * written, so they are compressed from then on, while Pagefind indexes and the share cards are
 * drawn (`astro:build:generated` to `astro:build:done`); the step itself waits for them and then
 * does the rest. Before that, while Astro renders the pages on one core, pages are compressed on
 * the other as they are rendered, one at a time, and a page whose copies are made by then is not
 * compressed again.
 */
export default function precompress(): AstroIntegration[] {
  let cache: CompressedCopiesCache | undefined;
  const cacheOf = () => {
    if (!cache) throw new Error('The precompression cache is used before Astro set its config');
    return cache;
  };
  const extensionOf = (format: string) => EXTENSION[format] ?? format;
  // Set at the start of the step; files are named from the built site's folder.
  let outDir = '';
  const shown = (filePath: string) => relative(outDir, filePath) || filePath;
  const levelsOf = (filePath: string) => (loadedFirst(shown(filePath)) ? STRONGEST : QUICK);
  const compression = compressor({
    ...STRONGEST,
    zstd: false,
    hooks: {
      fileOptions: {
        brotli: ({ filePath }) => levelsOf(filePath).brotli,
        gzip: ({ filePath }) => levelsOf(filePath).gzip,
      },
      fileFilter: ({ filePath }) =>
        worthPrecompressing(
          filePath,
          // astro-compressor calls this hook without awaiting it, so it is checked here.
          onFileNow(shown(filePath), () => statSync(filePath).size),
        ),
      preCompression: ({ filePath, format }) =>
        onFile(shown(filePath), async () =>
          (await cacheOf().restore(filePath, extensionOf(format))) ? 'skip' : 'keep',
        ),
      // As astro-compressor's own rule: a copy no smaller than the file is not worth sending.
      postCompression: ({ inputPath, inputSize, outputSize, format }) =>
        onFile(shown(inputPath), async () => {
          if (outputSize >= inputSize) return 'skip';
          await cacheOf().written(inputPath, extensionOf(format));
          return 'keep';
        }),
    },
  });
  const compress = compression.hooks['astro:build:done'];
  // Settles once every page and script has its copies; an error waits for the step to report it.
  let ahead: Promise<void> = Promise.resolve();
  const compressAhead = (files: string[]) =>
    eachAtOnce(files, AHEAD_AT_ONCE, (file) =>
      onFile(shown(file), () => cacheOf().ahead(file, STRONGEST_FORMATS)),
    );
  return [
    {
      ...compression,
      hooks: {
        ...compression.hooks,
        'astro:build:done': (options) =>
          inStep(STEP, 'the built site', async () => {
            outDir = fileURLToPath(options.dir);
            await ahead;
            // astro-compressor logs an error's message before it passes the error on; the build
            // reports it once, as a block.
            await compress?.({ ...options, logger: withoutErrors(options.logger) });
          }),
      },
    },
    {
      name: 'precompress-cache',
      hooks: {
        // The site is static, with no adapter. An adapter that brings a prerenderer of its own
        // would have to wrap this one, or this would take the place of its own.
        'astro:build:start': ({ setPrerenderer }) => {
          setPrerenderer((base) =>
            pagesAsRendered(base, (html) =>
              worthPrecompressing(A_PAGE, html.length)
                ? cacheOf().early(A_PAGE, html, STRONGEST_FORMATS)
                : Promise.resolve(),
            ),
          );
        },
        'astro:build:generated': async ({ dir }) => {
          outDir = fileURLToPath(dir);
          const files = (await readdir(outDir, { recursive: true }))
            .filter((file) => loadedFirst(file))
            .map((file) => join(outDir, file))
            .filter((file) => worthPrecompressing(file, statSync(file).size));
          ahead = compressAhead(files);
          // Not awaited here: the steps after this one run meanwhile. The step awaits it.
          ahead.catch(() => {});
        },
        'astro:config:done': ({ config }) => {
          cache = new CompressedCopiesCache(
            join(fileURLToPath(config.cacheDir), 'precompressed'),
            (filePath) => (loadedFirst(shown(filePath)) ? SETTINGS.strongest : SETTINGS.quick),
          );
        },
        // Runs after astro-compressor's own step, which comes just before it.
        'astro:build:done': ({ logger }) =>
          inStep(STEP, 'the compressed copies cache', async () => {
            const { restored, kept, early, dropped } = await cacheOf().save();
            logger.info(
              `${restored} compressed copies from the cache, ${kept} new ones kept (${early} made as their pages were rendered), ${dropped} old ones dropped`,
            );
          }),
      },
    },
  ];
}
