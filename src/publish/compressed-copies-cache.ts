import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
/** One format a file is compressed in ahead of the step: its file ending and its compressor. */
export interface AheadFormat {
  ext: string;
  compress: (bytes: Buffer) => Promise<Buffer>;
}

/** When a file was read: a file changed since has a new size or time, and its copies are made again. */
const versionOf = async (file: string) => {
  const { size, mtimeMs } = await stat(file);
  return `${size} ${mtimeMs}`;
};

export class CompressedCopiesCache {
  readonly #dir: string;
  readonly #settings: (file: string) => string;
  readonly #names = new Map<string, Promise<string>>();
  readonly #used = new Set<string>();
  readonly #written: { copy: string; name: string }[] = [];
  /** Each copy already beside its file, made or restored ahead, with the file's version then. */
  readonly #ahead = new Map<string, string>();
  #files: Promise<CheckedFiles> | undefined;
  #restored = 0;
  #keptAhead = 0;

  /**
   * `settings` is everything besides the bytes that decides a copy's bytes: one for every file, or
   * the settings of each file when files are compressed at different levels.
   */
  constructor(dir: string, settings: string | ((file: string) => string)) {
    this.#dir = dir;
    this.#settings = typeof settings === 'string' ? () => settings : settings;
  }

  /**
   * Puts the kept copy of `file` beside it as `<file>.<ext>`; false when there is none to trust.
   * A copy `ahead` put there is left as it is, while the file is as it was then.
   */
  async restore(file: string, ext: string): Promise<boolean> {
    const copy = `${file}.${ext}`;
    const ahead = this.#ahead.get(copy);
    if (ahead !== undefined) {
      this.#ahead.delete(copy);
      if (ahead === (await versionOf(file))) return true;
      this.#names.delete(file);
    }
    return this.#restoreKept(file, ext);
  }

  /**
   * Makes `file`'s copies now, before the compression step, while other steps leave a core free:
   * each is restored from the cache or compressed, written beside the file and kept, and the step
   * then finds it there. Only for a file nothing writes again before the step.
   */
  async ahead(file: string, formats: readonly AheadFormat[]): Promise<void> {
    const version = await versionOf(file);
    for (const { ext, compress } of formats) {
      if (!(await this.#restoreKept(file, ext))) {
        const bytes = await readFile(file);
        const copy = await compress(bytes);
        // As the step's own rule: a copy no smaller than the file is not worth sending.
        if (copy.length >= bytes.length) continue;
        await writeFile(`${file}.${ext}`, copy);
        const name = await this.#nameOf(file, ext);
        await (await this.#checked()).keep(name, copy);
        this.#used.add(name);
        this.#keptAhead += 1;
      }
      this.#ahead.set(`${file}.${ext}`, version);
    }
  }

  async #restoreKept(file: string, ext: string): Promise<boolean> {
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
    return { restored: this.#restored, kept: kept + this.#keptAhead, dropped: unused.length };
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
