import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { withoutEmptyBody } from './empty-body';

/** Astro's `glob()` loader for the `*.mdx` files of one folder, minus the modules of empty bodies. */
export function mdxFiles(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'mdx-files',
    load: (context) =>
      files.load({
        ...context,
        store: { ...context.store, set: (entry) => context.store.set(withoutEmptyBody(entry)) },
      }),
  };
}
