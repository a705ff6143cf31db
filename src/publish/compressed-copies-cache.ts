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

/** A copy made or restored ahead of the step, held until the step writes it beside its file. */
interface AheadCopy {
  bytes: Buffer;
  /** The file's version when it was read. */
  version: string;
  /**
   * Whether it came from the cache, was compressed, or was compressed as its page was rendered, for
   * the counts `save()` returns.
   */
  from: 'cache' | 'compressed' | 'early';
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
  readonly #ahead = new Map<string, AheadCopy>();
  /** Copies of bytes given before their file was written, by the name a file of them asks for. */
  readonly #early = new Map<string, Promise<Buffer | undefined>>();
  #files: Promise<CheckedFiles> | undefined;
  #restored = 0;
  #keptAhead = 0;
  #keptEarly = 0;

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
   * A copy made `ahead` is the one put there, while the file is as it was then.
   */
  async restore(file: string, ext: string): Promise<boolean> {
    const copy = `${file}.${ext}`;
    const ahead = this.#ahead.get(copy);
    if (ahead) {
      this.#ahead.delete(copy);
      if (ahead.version === (await versionOf(file))) {
        await writeFile(copy, ahead.bytes);
        return true;
      }
      // The file changed since: its copy is not counted, and its hash is taken again below.
      if (ahead.from === 'cache') this.#restored -= 1;
      else this.#keptAhead -= 1;
      if (ahead.from === 'early') this.#keptEarly -= 1;
    }
    const kept = await this.#keptCopy(file, ext, await readFile(file));
    if (!kept) return false;
    await writeFile(copy, kept);
    this.#restored += 1;
    return true;
  }

  /**
   * Makes `file`'s copies now, before the compression step, while other steps leave a core free:
   * each is taken from the cache or compressed, and a new one is kept there. They are held here and
   * written beside the file only by the step (`restore`), so a build that fails before the step
   * finds nothing written into its out dir. Only for a file nothing writes again before the step.
   */
  async ahead(file: string, formats: readonly AheadFormat[]): Promise<void> {
    // The version is taken before the bytes are read, so a write in between is seen by the step.
    const version = await versionOf(file);
    const bytes = await readFile(file);
    for (const { ext, compress } of formats) {
      const kept = await this.#keptCopy(file, ext, bytes);
      if (kept) {
        this.#ahead.set(`${file}.${ext}`, { bytes: kept, version, from: 'cache' });
        this.#restored += 1;
        continue;
      }
      const name = this.#nameFrom(file, bytes, ext);
      const early = this.#early.get(name);
      this.#early.delete(name);
      const madeEarly = await early;
      const copy = madeEarly ?? (await compress(bytes));
      // As the step's own rule: a copy no smaller than the file is not worth sending.
      if (copy.length >= bytes.length) continue;
      if (madeEarly) this.#keptEarly += 1;
      await (await this.#checked()).keep(name, copy);
      this.#used.add(name);
      this.#ahead.set(`${file}.${ext}`, {
        bytes: copy,
        version,
        from: madeEarly ? 'early' : 'compressed',
      });
      this.#keptAhead += 1;
    }
  }

  /**
   * Compresses `bytes` before any file holds them: a page as Astro renders it, while the rendering
   * leaves a core free. A file written later with these bytes takes these copies in `ahead`, rather
   * than being compressed again. `like` is the name of a file of the kind the bytes are for, which
   * decides their settings. A copy that could not be made, or that the cache already has, is left
   * to `ahead`.
   */
  async early(like: string, bytes: Buffer, formats: readonly AheadFormat[]): Promise<void> {
    const hash = this.#hashOf(like, bytes);
    // One format after the other: the renderer leaves one core free, not two.
    for (const { ext, compress } of formats) {
      const name = `${hash}.${ext}`;
      if (await (await this.#checked()).read(name)) continue;
      const copy = compress(bytes).catch(() => undefined);
      this.#early.set(name, copy);
      await copy;
    }
  }

  /** The kept copy of `file`, whose bytes are `original`, in the format of `ext`, if one is trusted. */
  async #keptCopy(file: string, ext: string, original: Buffer): Promise<Buffer | undefined> {
    const name = this.#nameFrom(file, original, ext);
    const copy = await (await this.#checked()).read(name);
    if (!copy || !givesBack(copy, ext, original)) return undefined;
    this.#used.add(name);
    return copy;
  }

  /**
   * Notes that `<file>.<ext>` has been compressed and is about to be written; `save()` keeps it
   * once astro-compressor has written it.
   */
  async written(file: string, ext: string): Promise<void> {
    this.#written.push({ copy: `${file}.${ext}`, name: await this.#nameOf(file, ext) });
  }

  /**
   * Keeps this build's new copies and drops the ones it did not use. It counts the copies given
   * back from the cache, the new ones kept, of which `early` were made as their pages were
   * rendered, and the old ones dropped.
   */
  async save(): Promise<{ restored: number; kept: number; early: number; dropped: number }> {
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
    this.#early.clear();
    await files.save();
    const unused = (await readdir(this.#dir)).filter(
      (name) => name !== INDEX && !this.#used.has(name),
    );
    await Promise.all(unused.map((name) => rm(join(this.#dir, name), { force: true })));
    return {
      restored: this.#restored,
      kept: kept + this.#keptAhead,
      early: this.#keptEarly,
      dropped: unused.length,
    };
  }

  #checked(): Promise<CheckedFiles> {
    this.#files ??= openCheckedFiles(this.#dir, join(this.#dir, INDEX));
    return this.#files;
  }

  /** The name of `file`'s copy: from the bytes last read of it (`#nameFrom`), or read now. */
  #nameOf(file: string, ext: string): Promise<string> {
    let hash = this.#names.get(file);
    if (!hash) {
      hash = readFile(file).then((bytes) => this.#hashOf(file, bytes));
      this.#names.set(file, hash);
    }
    return hash.then((hex) => `${hex}.${ext}`);
  }

  /**
   * The name of `file`'s copy in the format of `ext`, from `bytes` just read from it; `#nameOf`
   * then gives it without reading the file again.
   */
  #nameFrom(file: string, bytes: Buffer, ext: string): string {
    const hash = this.#hashOf(file, bytes);
    this.#names.set(file, Promise.resolve(hash));
    return `${hash}.${ext}`;
  }

  /** What a copy is named by: the file's bytes and the settings for a file of its name. */
  #hashOf(file: string, bytes: Buffer): string {
    return createHash('sha256').update(this.#settings(file)).update(bytes).digest('hex');
  }
}
