import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeWhole } from './whole-file.ts';

export interface Checksum {
  size: number;
  sha256: string;
}

const INDEX_VERSION = 1;

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

function isChecksum(value: unknown): value is Checksum {
  const { size, sha256 } = (value ?? {}) as Partial<Checksum>;
  return Number.isSafeInteger(size) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256);
}

/** The index's checksums; one that is missing, unreadable or of another shape trusts nothing. */
async function readIndex(indexFile: string): Promise<Map<string, Checksum>> {
  try {
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as {
      version?: unknown;
      files?: Record<string, unknown>;
    };
    if (index.version !== INDEX_VERSION || typeof index.files !== 'object' || !index.files)
      return new Map();
    return new Map(
      Object.entries(index.files).filter((entry): entry is [string, Checksum] =>
        isChecksum(entry[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * A cache folder whose files are trusted only while they are what was kept: an index beside them
 * holds each file's size and SHA-256, written when the file was kept. A file that is missing, cut
 * short, emptied or changed since, or that the index does not list, reads as not kept, and its
 * owner makes it again. A build killed between keeping a file and saving the index leaves a file
 * the index does not list, which is made again too.
 */
export class CheckedFiles {
  readonly #dir: string;
  readonly #indexFile: string;
  readonly #checksums: Map<string, Checksum>;

  /** With no `checksums`, nothing is trusted yet, for a build that lists every file afresh. */
  constructor(dir: string, indexFile: string, checksums = new Map<string, Checksum>()) {
    this.#dir = dir;
    this.#indexFile = indexFile;
    this.#checksums = checksums;
  }

  /** The bytes of `name`, or undefined when it is not there or not what was kept. */
  async read(name: string): Promise<Buffer | undefined> {
    const expected = this.#checksums.get(name);
    if (!expected) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.#dir, name));
    } catch {
      return undefined;
    }
    if (bytes.length !== expected.size || sha256Of(bytes) !== expected.sha256) return undefined;
    return bytes;
  }

  /** Writes `bytes` whole as `name` and trusts them. */
  async keep(name: string, bytes: Uint8Array): Promise<void> {
    const path = join(this.#dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeWhole(path, (partial) => writeFile(partial, bytes));
    this.note(name, bytes);
  }

  /** Trusts `bytes` as `name`, which something else has already written whole. */
  note(name: string, bytes: Uint8Array): void {
    this.#checksums.set(name, { size: bytes.length, sha256: sha256Of(bytes) });
  }

  /** Stops trusting every file but those named. */
  keepOnly(names: ReadonlySet<string>): void {
    for (const name of this.#checksums.keys()) if (!names.has(name)) this.#checksums.delete(name);
  }

  /** Writes the index whole, for the next build to check its files by. */
  async save(): Promise<void> {
    const files = Object.fromEntries([...this.#checksums].sort(([a], [b]) => a.localeCompare(b)));
    await mkdir(dirname(this.#indexFile), { recursive: true });
    await writeWhole(this.#indexFile, (partial) =>
      writeFile(partial, JSON.stringify({ version: INDEX_VERSION, files })),
    );
  }
}

/** The folder `dir` as its index `indexFile` lists it. */
export async function openCheckedFiles(dir: string, indexFile: string): Promise<CheckedFiles> {
  return new CheckedFiles(dir, indexFile, await readIndex(indexFile));
}
