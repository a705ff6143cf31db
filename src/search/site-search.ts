import {
  announcement,
  noResultsHint,
  pagefindFilters,
  queryFromUrl,
  RANKING,
  searchUnavailableMessage,
  toSearchItems,
  urlForQuery,
  type PagefindData,
  type SearchItem,
} from './results';

/** The part of Pagefind's browser API the page uses. */
interface Pagefind {
  options(options: { ranking: typeof RANKING }): Promise<void>;
  search(
    term: string,
    options: { filters: object },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

// Written by the build into dist/; a variable keeps Vite and TypeScript from resolving it.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const DEBOUNCE_MS = 300;
// Each result's excerpt is a download of its own, so they are fetched a page at a time.
const PAGE_SIZE = 10;

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind on the first search; rejects where there is no index, as in `npm run dev`. */
const loadPagefind = () =>
  (pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await api.options({ ranking: RANKING });
    return api;
  })());

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/** One result: the title as a link, its kind, and the excerpt built from text nodes. */
function resultItem(item: SearchItem): HTMLLIElement {
  const li = element('li', 'border-t border-line pt-4');
  const heading = element('h2', 'text-xl');
  const link = element('a', '', item.title);
  link.href = item.url;
  heading.append(link);
  const excerpt = element('p', 'mt-2');
  for (const part of item.excerpt) {
    excerpt.append(
      part.marked ? element('mark', 'rounded-sm bg-focus/40 text-ink', part.text) : part.text,
    );
  }
  li.append(
    heading,
    element('p', 'mt-1 text-base font-semibold text-muted', item.kindLabel),
    excerpt,
  );
  return li;
}

/**
 * The search page's form and results. Searches on submit and, after a pause in typing, on input;
 * announces each finished search once in the polite live region.
 */
class SiteSearch extends HTMLElement {
  #form = this.querySelector('form') as HTMLFormElement;
  #input = this.querySelector('input[name="q"]') as HTMLInputElement;
  #status = this.querySelector('[data-status]') as HTMLElement;
  #hint = this.querySelector('[data-hint]') as HTMLElement;
  #list = this.querySelector('[data-results]') as HTMLOListElement;
  #more = this.querySelector('[data-more]') as HTMLButtonElement;
  #unshown: { data(): Promise<PagefindData> }[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #searched = '';
  #run = 0;

  connectedCallback() {
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.#search();
    });
    const { term, kinds } = queryFromUrl(location.search);
    this.#input.value = term;
    for (const box of this.#boxes()) box.checked = (kinds as string[]).includes(box.value);
    if (term) void this.#search();
  }

  #boxes() {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  }

  #show(items: SearchItem[], status: string, hint = '') {
    this.#list.replaceChildren(...items.map(resultItem));
    this.#more.hidden = this.#unshown.length === 0;
    this.#hint.textContent = hint;
    this.#hint.hidden = !hint;
    this.#status.textContent = status;
  }

  /** Adds the next page of results and moves focus to the first of them. */
  async #showMore() {
    const run = this.#run;
    const next = this.#unshown.splice(0, PAGE_SIZE);
    const items = toSearchItems(await Promise.all(next.map((result) => result.data())));
    // A new search may have started while these loaded; its results must not be mixed in.
    if (run !== this.#run) return;
    const added = items.map(resultItem);
    this.#list.append(...added);
    this.#more.hidden = this.#unshown.length === 0;
    added[0]?.querySelector('a')?.focus();
  }

  async #search() {
    clearTimeout(this.#timer);
    const term = this.#input.value.trim();
    const kinds = this.#boxes()
      .filter((box) => box.checked)
      .map((box) => box.value);
    const query = urlForQuery(term, kinds);
    // The same search again (Enter after the pause in typing) would only repeat the announcement.
    if (query === this.#searched) return;
    this.#searched = query;
    history.replaceState(null, '', location.pathname + query);
    const run = ++this.#run;
    // The list is being replaced until this search is done, or a later one takes over.
    this.#list.setAttribute('aria-busy', 'true');
    try {
      await this.#find(run, term, kinds);
    } finally {
      if (run === this.#run) this.#list.removeAttribute('aria-busy');
    }
  }

  async #find(run: number, term: string, kinds: string[]) {
    this.#unshown = [];
    if (!term) {
      this.#show([], '');
      return;
    }
    let results: Awaited<ReturnType<Pagefind['search']>>['results'];
    let data: PagefindData[];
    try {
      const api = await loadPagefind();
      ({ results } = await api.search(term, { filters: pagefindFilters(kinds) }));
      data = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
    } catch {
      if (run !== this.#run) return;
      this.#searched = '';
      this.#show([], searchUnavailableMessage(import.meta.env.DEV));
      return;
    }
    if (run !== this.#run) return;
    this.#unshown = results.slice(PAGE_SIZE);
    const items = toSearchItems(data);
    this.#show(
      items,
      announcement(results.length, term, kinds),
      items.length ? '' : noResultsHint(kinds),
    );
  }
}

customElements.define('site-search', SiteSearch);
