/**
 * Shapes Pagefind's answers for the search page: which kinds of page there are, what each result
 * shows and what the live region says. No DOM here, so the rules can be tested on their own.
 */

import { formatOrList } from '~/lib/lists';
import { PAGE_KIND_NAMES } from '~/lib/page-kinds';
import { decodeEntities } from '~/lib/html-entities';

/** The kinds of page the index files under its `kind` filter, in the order the page offers them. */
export const KINDS = ['Treatment', 'Procedure', 'Aftercare', 'Practitioner'] as const;
export type Kind = (typeof KINDS)[number];

/** The filter name the pages use: `data-pagefind-filter="kind:Treatment"`. */
export const KIND_FILTER = 'kind';

/**
 * Pagefind's ranking options. Practitioner and treatment pages carry their name in a `subject`
 * field (`data-pagefind-meta`); weighting it puts the page itself first when someone searches its
 * name, above the pages that mention it.
 */
export const RANKING = { metaWeights: { subject: 10 } } as const;

/**
 * What a result is labelled (`one`), what its filter checkbox says (`many`), and how a sentence names
 * the kind (`inSentence`). Each uses the name the page itself and its menu give it.
 */
export const KIND_LABELS: Record<Kind, { one: string; many: string; inSentence: string }> = {
  Treatment: { one: PAGE_KIND_NAMES.Treatment, many: 'Treatments', inSentence: 'treatments' },
  Procedure: {
    one: PAGE_KIND_NAMES.Procedure,
    many: PAGE_KIND_NAMES.Procedure,
    inSentence: 'what happens in a session',
  },
  Aftercare: { one: PAGE_KIND_NAMES.Aftercare, many: 'Aftercare', inSentence: 'aftercare' },
  Practitioner: {
    one: PAGE_KIND_NAMES.Practitioner,
    many: 'Practitioners',
    inSentence: 'practitioners',
  },
};

/** The label of a page without a kind: the home page and the lists. */
export const OTHER_LABEL = 'Overview';

/** The fields of Pagefind's `result.data()` that the page uses. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string | undefined } & Record<string, string | undefined>;
  filters?: Record<string, string[]> | undefined;
}

/** A run of excerpt text; `marked` runs matched the search term. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchItem {
  url: string;
  title: string;
  kind: Kind | undefined;
  kindLabel: string;
  excerpt: ExcerptPart[];
}

const isKind = (value: string): value is Kind => (KINDS as readonly string[]).includes(value);

/** Plain text from Pagefind's escaped text: any other tag is dropped, entities are decoded. */
const plain = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));

/**
 * Splits an excerpt into plain runs and `<mark>` runs. The page draws each run as a text node, so
 * nothing in an excerpt is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (html: string, marked: boolean) => {
    const text = plain(html);
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = excerpt;
  for (;;) {
    const open = /<mark\b[^>]*>/i.exec(rest);
    if (!open) break;
    push(rest.slice(0, open.index), false);
    rest = rest.slice(open.index + open[0].length);
    const close = /<\/mark\s*>/i.exec(rest);
    const end = close ? close.index : rest.length;
    push(rest.slice(0, end), true);
    rest = close ? rest.slice(end + close[0].length) : '';
  }
  push(rest, false);
  return parts;
}

/** The kind Pagefind filed a page under, if it is one of ours. */
export function kindOf(data: Pick<PagefindData, 'filters'>): Kind | undefined {
  return data.filters?.[KIND_FILTER]?.find(isKind);
}

/** One result as the page shows it, in Pagefind's order. */
export function toSearchItem(data: PagefindData): SearchItem {
  const kind = kindOf(data);
  return {
    url: data.url,
    title: plain(data.meta.title ?? '').trim() || data.url,
    kind,
    kindLabel: kind ? KIND_LABELS[kind].one : OTHER_LABEL,
    excerpt: excerptParts(data.excerpt),
  };
}

/** Results in rank order, each page once (Pagefind can list a URL twice across languages). */
export function toSearchItems(results: readonly PagefindData[]): SearchItem[] {
  const seen = new Set<string>();
  return results.flatMap((data) => {
    if (seen.has(data.url)) return [];
    seen.add(data.url);
    return [toSearchItem(data)];
  });
}

/** Pagefind's `filters` option: a page of any ticked kind; no filter when none is ticked. */
export function pagefindFilters(kinds: readonly string[]): Record<string, { any: Kind[] }> {
  const chosen = KINDS.filter((kind) => kinds.includes(kind));
  return chosen.length > 0 ? { [KIND_FILTER]: { any: chosen } } : {};
}

/** The search a URL asks for: `?q=redness&kind=Aftercare`. */
export function queryFromUrl(search: string): { term: string; kinds: Kind[] } {
  const params = new URLSearchParams(search);
  const kinds = params.getAll('kind');
  return { term: (params.get('q') ?? '').trim(), kinds: KINDS.filter((k) => kinds.includes(k)) };
}

/** The query string for a search, so the address can be shared and reloaded. */
export function urlForQuery(term: string, kinds: readonly string[]): string {
  const params = new URLSearchParams();
  if (term.trim()) params.set('q', term.trim());
  for (const kind of KINDS.filter((k) => kinds.includes(k))) params.append('kind', kind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * What the live region says once a search has finished, for example "3 results for redness" or
 * "No page about practitioners mentions tattoo": a fact about the site, not a fault in the words.
 */
export function announcement(count: number, term: string, kinds: readonly string[] = []): string {
  const chosen = formatOrList(
    KINDS.filter((kind) => kinds.includes(kind)).map((kind) => KIND_LABELS[kind].inSentence),
  );
  if (count === 0) return `No page ${chosen ? `about ${chosen} ` : ''}mentions ${term.trim()}`;
  return `${count} result${count === 1 ? '' : 's'} for ${term.trim()}${chosen ? ` in ${chosen}` : ''}`;
}

/** What the page says when the index cannot be loaded or searched: how to fix it, to a developer. */
export function searchUnavailableMessage(developing: boolean): string {
  return developing
    ? 'Search works on the built site. Run npm run build and then npm run preview.'
    : 'Search is not working at the moment. Please try again later.';
}

/**
 * What the page says under a search that found nothing: unticking the filters, only when one is
 * ticked. With none ticked every page has been searched, and the site does not mention the word.
 */
export function noResultsHint(kinds: readonly string[]): string {
  return KINDS.some((kind) => kinds.includes(kind))
    ? 'Untick the filters to search every page.'
    : '';
}
