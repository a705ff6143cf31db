import { describe, expect, it } from 'vitest';
import { loadedFirst } from '~/publish/precompress-rule';

describe('which files a client loads first', () => {
  it('counts every page, the site’s own styles and scripts', () => {
    expect(loadedFirst('index.html')).toBe(true);
    expect(loadedFirst('treatments/example/aftercare/index.html')).toBe(true);
    expect(loadedFirst('_astro/BaseLayout.DbvNUCPK.css')).toBe(true);
    expect(loadedFirst('_astro/SiteSearch.astro_astro_type_script_index_0_lang.C5Fa5cIV.js')).toBe(
      true,
    );
  });

  it('counts the Pagefind files the search starts with, and not Pagefind’s own UI', () => {
    expect(loadedFirst('pagefind/pagefind.js')).toBe(true);
    expect(loadedFirst('pagefind/pagefind-worker.js')).toBe(true);
    expect(loadedFirst('pagefind/pagefind-entry.json')).toBe(true);
    expect(loadedFirst('pagefind/pagefind-ui.js')).toBe(false);
    expect(loadedFirst('pagefind/pagefind-component-ui.css')).toBe(false);
    expect(loadedFirst('pagefind/fragment/pagefind.js')).toBe(false);
  });

  it('leaves sitemaps and other files to the quick level', () => {
    expect(loadedFirst('sitemap-0.xml')).toBe(false);
    expect(loadedFirst('favicon.svg')).toBe(false);
  });
});
