import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { withoutEmptyBody } from './empty-body';
import { isPlainMarkdown } from './plain-markdown';

/**
 * Astro's `glob()` loader for the `*.mdx` files of one folder. An empty body needs no module, and a
 * body in plain Markdown is rendered by the content layer, which keeps the HTML in its store until
 * the file changes; only a body that uses MDX is compiled as a module of its own.
 */
export function mdxFiles(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'mdx-files',
    load: async (context) => {
      const rendering: Promise<unknown>[] = [];
      await files.load({
        ...context,
        store: {
          ...context.store,
          set: (stored) => {
            const entry = withoutEmptyBody(stored);
            if (!entry.deferredRender || !isPlainMarkdown(entry.body ?? ''))
              return context.store.set(entry);
            rendering.push(
              context.renderMarkdown(entry.body ?? '').then(
                (rendered) =>
                  context.store.set({
                    ...entry,
                    deferredRender: false,
                    // MDX's HTML ends at the last tag, Markdown's with a line break.
                    rendered: { ...rendered, html: rendered.html.trimEnd() },
                  }),
                // MDX then compiles the body and reports what is wrong in its own words.
                () => context.store.set(entry),
              ),
            );
            return true;
          },
        },
      });
      await Promise.all(rendering);
    },
  };
}
