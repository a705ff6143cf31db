import { describe, expect, it } from 'vitest';
import {
  announcement,
  excerptParts,
  kindOf,
  KIND_LABELS,
  KINDS,
  noResultsHint,
  pagefindFilters,
  queryFromUrl,
  searchUnavailableMessage,
  toSearchItem,
  toSearchItems,
  urlForQuery,
  type PagefindData,
} from '~/search/results';

const result = (overrides: Partial<PagefindData> = {}): PagefindData => ({
  url: '/treatments/microneedling/aftercare/',
  excerpt: 'Straight after treatment your skin will be very <mark>red</mark>.',
  meta: { title: 'Aftercare for microneedling' },
  filters: { kind: ['Aftercare'] },
  ...overrides,
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptParts('The <mark>redness</mark> is called <mark>erythema</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'redness', marked: true },
      { text: ' is called ', marked: false },
      { text: 'erythema', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the entities Pagefind escapes, so text nodes show them as written', () => {
    expect(
      excerptParts('Keep &lt;b&gt; &amp; <mark>SPF</mark> &quot;on&quot; &#39;daily&#39;'),
    ).toEqual([
      { text: 'Keep <b> & ', marked: false },
      { text: 'SPF', marked: true },
      { text: ' "on" \'daily\'', marked: false },
    ]);
  });

  it('drops any tag other than mark, and never returns markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>Safe <mark><b>Emla</b></mark><script>');
    expect(parts).toEqual([
      { text: 'Safe ', marked: false },
      { text: 'Emla', marked: true },
    ]);
  });

  it('joins adjacent marked words and copes with an unclosed mark', () => {
    expect(excerptParts('<mark>Karen</mark><mark> Evans</mark> and <mark>more')).toEqual([
      { text: 'Karen Evans', marked: true },
      { text: ' and ', marked: false },
      { text: 'more', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('kindOf and toSearchItem', () => {
  it('reads the kind from the page’s filter and labels it', () => {
    expect(kindOf(result())).toBe('Aftercare');
    expect(toSearchItem(result())).toEqual({
      url: '/treatments/microneedling/aftercare/',
      title: 'Aftercare for microneedling',
      kind: 'Aftercare',
      kindLabel: 'Aftercare',
      excerpt: [
        { text: 'Straight after treatment your skin will be very ', marked: false },
        { text: 'red', marked: true },
        { text: '.', marked: false },
      ],
    });
  });

  it.each([
    ['Treatment', 'Treatment'],
    ['Procedure', 'What happens'],
    ['Aftercare', 'Aftercare'],
    ['Practitioner', 'Practitioner'],
  ])('labels a %s page "%s", as the page and its menu name it', (kind, label) => {
    expect(toSearchItem(result({ filters: { kind: [kind] } })).kindLabel).toBe(label);
  });

  it('never labels a result "Procedure", which no page or menu calls itself', () => {
    expect(KINDS.flatMap((kind) => Object.values(KIND_LABELS[kind])).join(' ')).not.toMatch(
      /procedure/i,
    );
  });

  it('calls a page without a known kind an overview', () => {
    const item = toSearchItem(result({ filters: { kind: ['Blog'] } }));
    expect(item.kind).toBeUndefined();
    expect(item.kindLabel).toBe('Overview');
    expect(toSearchItem(result({ filters: undefined })).kindLabel).toBe('Overview');
  });

  it('falls back to the URL when a page has no title, and decodes the title', () => {
    expect(toSearchItem(result({ meta: {} })).title).toBe('/treatments/microneedling/aftercare/');
    expect(toSearchItem(result({ meta: { title: 'Tea &amp; cake' } })).title).toBe('Tea & cake');
  });
});

describe('toSearchItems', () => {
  it('keeps Pagefind’s order and lists each URL once', () => {
    const items = toSearchItems([
      result({ url: '/b/' }),
      result({ url: '/a/' }),
      result({ url: '/b/' }),
    ]);
    expect(items.map((item) => item.url)).toEqual(['/b/', '/a/']);
  });
});

describe('pagefindFilters', () => {
  it('asks for a page of any ticked kind, in a fixed order', () => {
    expect(pagefindFilters(['Practitioner', 'Treatment'])).toEqual({
      kind: { any: ['Treatment', 'Practitioner'] },
    });
  });

  it('filters nothing when no kind, or no known kind, is ticked', () => {
    expect(pagefindFilters([])).toEqual({});
    expect(pagefindFilters(['Blog'])).toEqual({});
  });
});

describe('queryFromUrl and urlForQuery', () => {
  it('reads the term and known kinds from the address', () => {
    expect(queryFromUrl('?q=+emla+&kind=Procedure&kind=Blog')).toEqual({
      term: 'emla',
      kinds: ['Procedure'],
    });
    expect(queryFromUrl('')).toEqual({ term: '', kinds: [] });
  });

  it('writes an address that reads back the same', () => {
    const url = urlForQuery(' skin care ', ['Practitioner', 'Aftercare']);
    expect(url).toBe('?q=skin+care&kind=Aftercare&kind=Practitioner');
    expect(queryFromUrl(url)).toEqual({ term: 'skin care', kinds: ['Aftercare', 'Practitioner'] });
    expect(urlForQuery('', [])).toBe('');
  });
});

describe('announcement', () => {
  it.each([
    [3, 'redness', [], '3 results for redness'],
    [1, 'Emla', [], '1 result for Emla'],
    [0, 'tattoo', [], 'No page mentions tattoo'],
    [0, ' price ', [], 'No page mentions price'],
    [0, 'tattoo', ['Procedure'], 'No page about what happens in a session mentions tattoo'],
    [3, 'microneedling', ['Practitioner'], '3 results for microneedling in practitioners'],
    [2, 'skin', ['Aftercare', 'Treatment'], '2 results for skin in treatments or aftercare'],
    [
      0,
      'x',
      ['Practitioner', 'Procedure', 'Treatment'],
      'No page about treatments, what happens in a session or practitioners mentions x',
    ],
  ])('%d results for %s in %j say "%s"', (count, term, kinds, expected) => {
    expect(announcement(count, term, kinds)).toBe(expected);
  });
});

describe('noResultsHint', () => {
  it('offers to untick the filters only when one is ticked, and never blames the spelling', () => {
    expect(noResultsHint(['Aftercare'])).toBe('Untick the filters to search every page.');
    expect(noResultsHint([])).toBe('');
    expect(noResultsHint(['Blog'])).toBe('');
  });
});

describe('searchUnavailableMessage', () => {
  it('tells a developer how to get an index, and a client only that search is down', () => {
    expect(searchUnavailableMessage(true)).toMatch(/npm run build and then npm run preview/);
    expect(searchUnavailableMessage(false)).not.toMatch(/npm/);
  });
});
