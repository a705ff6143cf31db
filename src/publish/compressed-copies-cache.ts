import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openCheckedFiles, type CheckedFiles } from '../lib/checked-files.ts';

/** The index of the kept copies' sizes and hashes, in the cache folder beside them. */
const INDEX = 'checksums.json';

const DECOMPRESS: Record<string, (bytes: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gz: gunzipSync,
};

/** Whether `copy`, in the format of `ext`, gives back `original`; a copy that cannot be read does not. */
function givesBack(copy: Buffer, ext: string, original: Buffer): boolean {
  const decompress = DECOMPRESS[ext];
  if (!decompress) return false;
  try {
    return decompress(copy).equals(original);
  } catch {
    return false;
  }
}

/**
 * The `.br` and `.gz` copies of one build, kept for the next. A copy is named by a hash of the
 * bytes it compresses and of the compression settings, so an unchanged page gets its copies back
 * without compressing it again, the slowest part of a rebuild, and a changed page never gets an
 * old copy. A kept copy is given back only when its size and hash are those it was kept with and
 * it decompresses to the file's bytes; anything else is compressed again, and replaced.
 */
export class CompressedCopiesCache {
  readonly #dir: string;
  readonly #settings: (file: string) => string;
  readonly #names = new Map<string, Promise<string>>();
  readonly #used = new Set<string>();
  readonly #written: { copy: string; name: string }[] = [];
  #files: Promise<CheckedFiles> | undefined;
  #restored = 0;

  /**
   * `settings` is everything besides the bytes that decides a copy's bytes: one for every file, or
   * the settings of each file when files are compressed at different levels.
   */
  constructor(dir: string, settings: string | ((file: string) => string)) {
    this.#dir = dir;
    this.#settings = typeof settings === 'string' ? () => settings : settings;
  }

  /** Puts the kept copy of `file` beside it as `<file>.<ext>`; false when there is none to trust. */
  async restore(file: string, ext: string): Promise<boolean> {
    const name = await this.#nameOf(file, ext);
    const copy = await (await this.#checked()).read(name);
    if (!copy || !givesBack(copy, ext, await readFile(file))) return false;
    this.#used.add(name);
    await writeFile(`${file}.${ext}`, copy);
    this.#restored += 1;
    return true;
  }

  /**
   * Notes that `<file>.<ext>` has been compressed and is about to be written; `save()` keeps it
   * once astro-compressor has written it.
   */
  async written(file: string, ext: string): Promise<void> {
    this.#written.push({ copy: `${file}.${ext}`, name: await this.#nameOf(file, ext) });
  }

  /** Keeps this build's new copies and drops the ones it did not use. */
  async save(): Promise<{ restored: number; kept: number; dropped: number }> {
    const files = await this.#checked();
    let kept = 0;
    await Promise.all(
      this.#written.map(async ({ copy, name }) => {
        let bytes: Buffer;
        try {
          bytes = await readFile(copy);
        } catch (error) {
          // Dropped by another build sharing the folder: it is only not kept, and compressed again.
          if ((error as { code?: string }).code === 'ENOENT') return;
          throw error;
        }
        await files.keep(name, bytes);
        this.#used.add(name);
        kept += 1;
      }),
    );
    files.keepOnly(this.#used);
    await files.save();
    const unused = (await readdir(this.#dir)).filter(
      (name) => name !== INDEX && !this.#used.has(name),
    );
    await Promise.all(unused.map((name) => rm(join(this.#dir, name), { force: true })));
    return { restored: this.#restored, kept, dropped: unused.length };
  }

  #checked(): Promise<CheckedFiles> {
    this.#files ??= openCheckedFiles(this.#dir, join(this.#dir, INDEX));
    return this.#files;
  }

  /** Both formats of a file ask for its name: the file is read and hashed once. */
  #nameOf(file: string, ext: string): Promise<string> {
    let hash = this.#names.get(file);
    if (!hash) {
      hash = readFile(file).then((bytes) =>
        createHash('sha256').update(this.#settings(file)).update(bytes).digest('hex'),
      );
      this.#names.set(file, hash);
    }
    return hash.then((hex) => `${hex}.${ext}`);
  }
}
