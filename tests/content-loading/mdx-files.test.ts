import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { storeRenderingMarkdown } from '../../src/content-loading/mdx-files';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** A content store that keeps what it is given, and a Markdown renderer the test finishes by hand. */
function setUp(newest?: Map<string, symbol>) {
  const kept = new Map<string, StoredEntry>();
  const store = {
    set: (entry: StoredEntry) => (kept.set(entry.id, entry), true),
    delete: (id: string) => void kept.delete(id),
  } as Store;
  const pending = new Map<string, () => void>();
  const renderMarkdown = ((body: string) =>
    new Promise((resolve) => {
      pending.set(body, () => resolve({ html: `<p>${body.trim()}</p>\n`, metadata: {} }));
    })) as LoaderContext['renderMarkdown'];
  const finish = (body: string) => pending.get(body)?.();
  return { raw: store, kept, finish, ...storeRenderingMarkdown(store, renderMarkdown, newest) };
}

const treatment = (body: string) =>
  ({
    id: 'microneedling',
    data: { name: 'Microneedling' },
    body,
    deferredRender: true,
  }) as StoredEntry;

describe('the store that renders plain Markdown bodies', () => {
  it('keeps a plain body rendered, without its closing line break', async () => {
    const { store, kept, finish, rendered } = setUp();
    store.set(treatment('Fine needles.\n'));
    expect(kept.size, 'nothing is kept before it is rendered').toBe(0);
    finish('Fine needles.\n');
    await rendered();
    expect(kept.get('microneedling')).toMatchObject({
      deferredRender: false,
      rendered: { html: '<p>Fine needles.</p>' },
    });
  });

  it('keeps the newest version of a file saved twice, whichever finishes rendering first', async () => {
    const { store, kept, finish, rendered } = setUp();
    store.set(treatment('First save.\n'));
    store.set(treatment('Second save.\n'));
    finish('Second save.\n');
    finish('First save.\n');
    await rendered();
    expect(kept.get('microneedling')?.rendered?.html).toBe('<p>Second save.</p>');
  });

  it('keeps a newer body that uses MDX over an older plain one still rendering', async () => {
    const { store, kept, finish, rendered } = setUp();
    store.set(treatment('Plain.\n'));
    store.set(treatment('<Warning>Not plain.</Warning>\n'));
    finish('Plain.\n');
    await rendered();
    expect(kept.get('microneedling')).toMatchObject({
      deferredRender: true,
      body: '<Warning>Not plain.</Warning>\n',
    });
  });

  it('does not bring back an entry deleted while its render was running', async () => {
    const { store, kept, finish, rendered } = setUp();
    store.set(treatment('Deleted soon.\n'));
    store.delete('microneedling');
    finish('Deleted soon.\n');
    await rendered();
    expect(kept.has('microneedling')).toBe(false);
  });

  it('keeps the newest version across two loads of the content', async () => {
    const newest = new Map<string, symbol>();
    const first = setUp(newest);
    first.store.set(treatment('Half saved.\n'));
    const second = storeRenderingMarkdown(
      first.raw,
      ((body: string) =>
        Promise.resolve({
          html: `<p>${body.trim()}</p>`,
          metadata: {},
        })) as LoaderContext['renderMarkdown'],
      newest,
    );
    second.store.set(treatment('Saved.\n'));
    await second.rendered();
    first.finish('Half saved.\n');
    await first.rendered();
    expect(first.kept.get('microneedling')?.rendered?.html).toBe('<p>Saved.</p>');
  });
});
