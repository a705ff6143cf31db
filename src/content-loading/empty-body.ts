/** The parts of a content-layer entry that decide how Astro renders its body. */
interface RenderableEntry {
  body?: string | undefined;
  deferredRender?: boolean | undefined;
  rendered?: { html: string } | undefined;
}

/**
 * An MDX file with nothing under its frontmatter, stored as an entry that renders to nothing, so
 * Astro neither compiles nor bundles a module for it. A practitioner's profile is such a file: at
 * 1,500 practitioners their modules were a quarter of the MDX the build compiled. A body with any
 * text keeps its module and is rendered by MDX as before.
 */
export function withoutEmptyBody<E extends RenderableEntry>(entry: E): E {
  if (!entry.deferredRender || (entry.body ?? '').trim() !== '') return entry;
  return { ...entry, deferredRender: undefined, rendered: { html: '' } };
}
