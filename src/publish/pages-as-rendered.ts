import type { AstroPrerenderer } from 'astro';

/**
 * Astro's prerenderer, which renders as `base` does and also hands a page's HTML to `take` as it is
 * rendered, while `take` has nothing else in hand: Astro renders one page at a time on one core, so
 * one page in hand at a time keeps the other core busy, and no queue of pages builds up when `take`
 * is slower than the rendering. A page it skips, or whose handing on fails, is only left for later;
 * what Astro writes is never changed.
 */
export function pagesAsRendered(
  base: AstroPrerenderer,
  take: (html: Buffer) => Promise<void>,
): AstroPrerenderer {
  let taking = false;
  const hand = async (response: Response) => {
    try {
      await take(Buffer.from(await response.arrayBuffer()));
    } catch {
      // The page is left for later, like one skipped.
    } finally {
      taking = false;
    }
  };
  const wrapped: AstroPrerenderer = {
    name: base.name,
    getStaticPaths: () => base.getStaticPaths(),
    async render(request, options) {
      const rendered = await base.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const isPage =
        response.status === 200 &&
        response.body !== null &&
        (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (!taking && isPage) {
        taking = true;
        void hand(response.clone());
      }
      return rendered;
    },
  };
  // Only what `base` has: Astro asks whether a prerenderer has these before it calls them.
  if (base.setup) wrapped.setup = base.setup.bind(base);
  if (base.teardown) wrapped.teardown = base.teardown.bind(base);
  if (base.collectStaticImages) wrapped.collectStaticImages = base.collectStaticImages.bind(base);
  return wrapped;
}
