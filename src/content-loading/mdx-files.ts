import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { withoutEmptyBody } from './empty-body';
import { isPlainMarkdown } from './plain-markdown';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * The content store, with a plain Markdown body rendered before its entry is kept. Rendering takes
 * time, and in `astro dev` a file saved twice in quick succession (a form writes its file in parts)
 * can finish rendering in the other order: only the newest version of an entry is kept, so an older
 * one never replaces it, nor brings back a deleted entry. `newest` outlives one load, because the
 * preview loads the content again while renders of the last load may still be running.
 * `rendered()` settles once every entry handed over so far is stored.
 */
export function storeRenderingMarkdown(
  store: Store,
  renderMarkdown: LoaderContext['renderMarkdown'],
  newest = new Map<string, symbol>(),
): { store: Store; rendered: () => Promise<unknown> } {
  const rendering: Promise<unknown>[] = [];
  return {
    store: {
      ...store,
      delete: (id: string) => {
        newest.set(id, Symbol(id));
        store.delete(id);
      },
      set: (stored: StoredEntry) => {
        const entry = withoutEmptyBody(stored);
        const version = Symbol(entry.id);
        newest.set(entry.id, version);
        const keep = (kept: StoredEntry) => newest.get(entry.id) === version && store.set(kept);
        if (!entry.deferredRender || !isPlainMarkdown(entry.body ?? '')) return keep(entry);
        rendering.push(
          renderMarkdown(entry.body ?? '').then(
            (rendered) =>
              keep({
                ...entry,
                deferredRender: false,
                // MDX's HTML ends at the last tag, Markdown's with a line break.
                rendered: { ...rendered, html: rendered.html.trimEnd() },
              }),
            // MDX then compiles the body and reports what is wrong in its own words.
            () => keep(entry),
          ),
        );
        return true;
      },
    },
    rendered: () => Promise.all(rendering),
  };
}

/**
 * Astro's `glob()` loader for the `*.mdx` files of one folder. An empty body needs no module, and a
 * body in plain Markdown is rendered by the content layer, which keeps the HTML in its store until
 * the file changes; only a body that uses MDX is compiled as a module of its own.
 */
export function mdxFiles(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base });
  const newest = new Map<string, symbol>();
  return {
    name: 'mdx-files',
    load: async (context) => {
      const { store, rendered } = storeRenderingMarkdown(
        context.store,
        context.renderMarkdown,
        newest,
      );
      await files.load({ ...context, store });
      await rendered();
    },
  };
}
