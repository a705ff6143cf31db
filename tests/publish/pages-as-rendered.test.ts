import type { AstroPrerenderer, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import { pagesAsRendered } from '~/publish/pages-as-rendered';

const HTML = { 'Content-Type': 'text/html' };
const options = { routeData: {} as RouteData, collectMetadata: true };
const METADATA = { contentEntryKeys: ['content/treatments/microneedling.mdx'], staticImages: [] };

/** A prerenderer that answers each path with what `answers` gives for it. */
function prerendererOf(answers: Record<string, () => Response>): AstroPrerenderer {
  return {
    name: 'test-pages',
    getStaticPaths: () => Promise.resolve([]),
    render: (request) => {
      const answer = answers[new URL(request.url).pathname];
      if (!answer) throw new Error(`No page at ${request.url}`);
      return Promise.resolve({ response: answer(), metadata: METADATA });
    },
  };
}

const render = (prerenderer: AstroPrerenderer, path: string) =>
  prerenderer.render(new Request(`http://clinic.test${path}`), options);

/** What `take` is handed, and a way to finish taking each page in turn. */
function taker() {
  const taken: string[] = [];
  const finishers: (() => void)[] = [];
  const take = (html: Buffer) => {
    taken.push(html.toString());
    return new Promise<void>((finish) => finishers.push(finish));
  };
  /** Lets the page in hand go, and waits until the taker is free again. */
  const finish = async () => {
    finishers.shift()?.();
    await new Promise((settled) => setImmediate(settled));
  };
  return { taken, take, finish };
}

describe('pages handed on as Astro renders them', () => {
  const pages = {
    '/': () => new Response('<h1>Home</h1>', { headers: HTML }),
    '/treatments/': () => new Response('<h1>Treatments</h1>', { headers: HTML }),
    '/aftercare/': () => new Response('<h1>Aftercare</h1>', { headers: HTML }),
  };

  it('gives Astro every page as the base renders it, whole, handed on or not', async () => {
    const { take } = taker();
    const prerenderer = pagesAsRendered(prerendererOf(pages), take);
    for (const [path, body] of [
      ['/', '<h1>Home</h1>'],
      ['/treatments/', '<h1>Treatments</h1>'],
    ] as const) {
      const rendered = await render(prerenderer, path);
      const response = rendered instanceof Response ? rendered : rendered.response;
      expect(await response.text()).toBe(body);
      expect(rendered).toHaveProperty('metadata', METADATA);
    }
  });

  it('holds one page at a time, and takes the next page rendered once it is free', async () => {
    const { taken, take, finish } = taker();
    const prerenderer = pagesAsRendered(prerendererOf(pages), take);
    await render(prerenderer, '/');
    await expect.poll(() => taken).toEqual(['<h1>Home</h1>']);
    await render(prerenderer, '/treatments/');
    await finish();
    expect(taken, 'a page rendered while one was in hand is left').toEqual(['<h1>Home</h1>']);
    await render(prerenderer, '/aftercare/');
    await expect.poll(() => taken).toEqual(['<h1>Home</h1>', '<h1>Aftercare</h1>']);
  });

  it('hands on no answer that is not a page, and goes on after a page it failed to take', async () => {
    const taken: string[] = [];
    const prerenderer = pagesAsRendered(
      prerendererOf({
        ...pages,
        '/feed.xml': () => new Response('<rss />', { headers: { 'Content-Type': 'text/xml' } }),
        '/404/': () => new Response('<h1>Not found</h1>', { status: 404, headers: HTML }),
        '/old/': () => new Response(null, { status: 301, headers: { Location: '/' } }),
      }),
      (html) => {
        taken.push(html.toString());
        return taken.length === 1 ? Promise.reject(new Error('disk full')) : Promise.resolve();
      },
    );
    for (const path of ['/feed.xml', '/404/', '/old/']) await render(prerenderer, path);
    await new Promise((settled) => setImmediate(settled));
    expect(taken).toEqual([]);
    await render(prerenderer, '/');
    await expect.poll(() => taken).toEqual(['<h1>Home</h1>']);
    await render(prerenderer, '/treatments/');
    await expect.poll(() => taken).toEqual(['<h1>Home</h1>', '<h1>Treatments</h1>']);
  });

  it("keeps the base's own steps, and adds none it does not have", async () => {
    const steps: string[] = [];
    const base: AstroPrerenderer = {
      ...prerendererOf(pages),
      setup: () => Promise.resolve(void steps.push('setup')),
      teardown: () => Promise.resolve(void steps.push('teardown')),
    };
    const prerenderer = pagesAsRendered(base, () => Promise.resolve());
    await prerenderer.setup?.();
    await prerenderer.teardown?.();
    expect(steps).toEqual(['setup', 'teardown']);
    expect(prerenderer.name).toBe('test-pages');
    expect(prerenderer.collectStaticImages).toBeUndefined();
    expect(pagesAsRendered(prerendererOf(pages), () => Promise.resolve()).setup).toBeUndefined();
  });
});
