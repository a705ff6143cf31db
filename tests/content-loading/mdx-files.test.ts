import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { storeRenderingMarkdown } from '../../src/content-loading/mdx-files';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** A content store that keeps what it is given, and a Markdown renderer the test finishes by hand. */
function setUp() {
  const kept = new Map<string, StoredEntry>();
  const store = { set: (entry: StoredEntry) => (kept.set(entry.id, entry), true) } as Store;
  const pending = new Map<string, () => void>();
  const renderMarkdown = ((body: string) =>
    new Promise((resolve) => {
      pending.set(body, () => resolve({ html: `<p>${body.trim()}</p>\n`, metadata: {} }));
    })) as LoaderContext['renderMarkdown'];
  const finish = (body: string) => pending.get(body)?.();
  return { kept, finish, ...storeRenderingMarkdown(store, renderMarkdown) };
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
});
