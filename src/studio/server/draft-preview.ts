import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../content-check/check.ts';
import type { ContentProblem } from '../../content-check/problem.ts';
import { parseHeadersFile, type HeaderRule } from '../../publish/headers-file.ts';
import { contentVersion } from './content-version.ts';
import { buildSite } from './site-build.ts';
import type { WorkQueue } from './work-queue.ts';

export type DraftState =
  | { kind: 'ready' }
  | { kind: 'mistakes'; problems: ContentProblem[] }
  | { kind: 'failed'; output: string };

/**
 * The site as it will be published, built from the working copy into the studio's own folder and
 * shown only behind the studio's sign-in. It is built again when a page is asked for after the
 * content changed, and not while the content check finds mistakes: then the mistakes show instead.
 */
export class DraftPreview {
  readonly folder: string;
  readonly #repo: string;
  readonly #cacheDir: string;
  readonly #queue: WorkQueue<unknown>;
  #builtFor: string | undefined;
  #headerRules: HeaderRule[] | undefined;

  constructor(options: { repo: string; dataDir: string; queue: WorkQueue<unknown> }) {
    this.#repo = options.repo;
    this.folder = join(options.dataDir, 'preview');
    // Its own cache, so the draft and the public builds do not take turns throwing each other's away.
    this.#cacheDir = join(options.dataDir, 'preview-cache');
    this.#queue = options.queue;
  }

  /** The headers the public site's host sends, from the draft's own `_headers`, read once a build. */
  headerRules(): HeaderRule[] {
    if (this.#headerRules === undefined) {
      let text = '';
      try {
        text = readFileSync(join(this.folder, '_headers'), 'utf8');
      } catch {
        // No draft yet: nothing to serve it with.
      }
      this.#headerRules = parseHeadersFile(text);
    }
    return this.#headerRules;
  }

  /** Brings the draft up to date with the content, waiting for work queued before it. */
  current(): Promise<DraftState> {
    return this.#queue.run(async () => {
      const contentDir = join(this.#repo, 'content');
      const check = checkContent(this.#repo, contentDir);
      if (check.problems.length > 0) return { kind: 'mistakes', problems: check.problems };
      const version = contentVersion(contentDir);
      if (version === this.#builtFor) return { kind: 'ready' };
      const build = await buildSite({
        repo: this.#repo,
        outDir: this.folder,
        cacheDir: this.#cacheDir,
      });
      if (!build.ok) return { kind: 'failed', output: build.output };
      this.#builtFor = version;
      this.#headerRules = undefined;
      return { kind: 'ready' };
    });
  }
}
