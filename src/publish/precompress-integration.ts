import { statSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import compressor from 'astro-compressor';
import { worthPrecompressing } from './precompress-rule.ts';

/**
 * Writes `.br` and `.gz` copies beside each text file over 1 KB, for servers that send them as they
 * are (nginx's `brotli_static` and `gzip_static`). It must be the last integration, so that the files
 * Pagefind writes at the end of the build are compressed too.
 */
export default function precompress(): AstroIntegration {
  return compressor({
    gzip: true,
    brotli: true,
    zstd: false,
    hooks: {
      fileFilter: ({ filePath }) => worthPrecompressing(filePath, statSync(filePath).size),
    },
  });
}
