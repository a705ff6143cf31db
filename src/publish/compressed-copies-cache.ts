import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeWhole } from '../lib/whole-file.ts';

/**
 * The `.br` and `.gz` copies of one build, kept for the next. A copy is named by a hash of the
 * bytes it compresses and of the compression settings, so an unchanged page gets its copies back
 * without compressing it again, the slowest part of a rebuild, and a changed page never gets an
 * old copy.
 */
export class CompressedCopiesCache {
  readonly #dir: string;
  readonly #settings: string;
  readonly #names = new Map<string, Promise<string>>();
  readonly #used = new Set<string>();
  readonly #written: { copy: string; name: string }[] = [];
  #restored = 0;

  /** `settings` is everything besides the bytes that decides a copy's bytes. */
  constructor(dir: string, settings: string) {
    this.#dir = dir;
    this.#settings = settings;
  }

  /** Puts the kept copy of `file` beside it as `<file>.<ext>`; false when there is none. */
  async restore(file: string, ext: string): Promise<boolean> {
    const name = await this.#nameOf(file, ext);
    this.#used.add(name);
    try {
      await copyFile(join(this.#dir, name), `${file}.${ext}`);
    } catch (error) {
      // Not kept yet, or just dropped by another build sharing the cache: compress it again.
      if ((error as { code?: string }).code === 'ENOENT') return false;
      throw error;
    }
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
    await mkdir(this.#dir, { recursive: true });
    await Promise.all(
      this.#written.map(async ({ copy, name }) => {
        try {
          await writeWhole(join(this.#dir, name), (partial) => copyFile(copy, partial));
        } catch (error) {
          // Dropped by another build sharing the folder: it is only not kept, and compressed again.
          if ((error as { code?: string }).code !== 'ENOENT') throw error;
        }
      }),
    );
    const unused = (await readdir(this.#dir)).filter((name) => !this.#used.has(name));
    await Promise.all(unused.map((name) => rm(join(this.#dir, name), { force: true })));
    return { restored: this.#restored, kept: this.#written.length, dropped: unused.length };
  }

  /** Both formats of a file ask for its name: the file is read and hashed once. */
  #nameOf(file: string, ext: string): Promise<string> {
    let hash = this.#names.get(file);
    if (!hash) {
      hash = readFile(file).then((bytes) =>
        createHash('sha256').update(this.#settings).update(bytes).digest('hex'),
      );
      this.#names.set(file, hash);
    }
    return hash.then((hex) => `${hex}.${ext}`);
  }
}
