import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFileOf, withPreviewBar } from '../../../src/studio/server/preview-pages.ts';
import { tempFolder } from '../../helpers/temp-folders';

function draft(): string {
  // The draft is a folder inside the temporary one, so the file beside it is removed with it.
  const folder = join(tempFolder('preview-pages'), 'draft');
  mkdirSync(join(folder, 'treatments', 'peel'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<html><head></head><body>home</body></html>');
  writeFileSync(join(folder, 'treatments', 'peel', 'index.html'), 'peel');
  writeFileSync(join(folder, '404.html'), 'not found');
  writeFileSync(join(folder, '..', 'outside.html'), 'outside');
  return folder;
}

describe('the pages of the draft', () => {
  it('finds a page by its address with or without its last slash or its index.html', () => {
    const folder = draft();
    const peel = join(folder, 'treatments', 'peel', 'index.html');
    for (const path of ['/treatments/peel/', '/treatments/peel', '/treatments/peel/index.html']) {
      expect(pageFileOf(folder, path), path).toBe(peel);
    }
    expect(pageFileOf(folder, '/')).toBe(join(folder, 'index.html'));
    expect(pageFileOf(folder, '/404')).toBe(join(folder, '404.html'));
    expect(pageFileOf(folder, '/treatments/')).toBeUndefined();
  });

  it.each([
    '/../outside.html',
    '/%2e%2e/outside.html',
    '/..%2foutside.html',
    '/treatments/../../outside.html',
    '/%00',
    '/%E0%A4%A',
    '/..\\outside.html',
  ])('finds nothing outside the draft: %s', (path) => {
    expect(pageFileOf(draft(), path)).toBeUndefined();
  });

  it('shows the studio bar at the top of the body, with its own style sheet, and changes nothing else', () => {
    const html =
      '<!doctype html><html><head><title>Peel</title></head><body class="flex"><main>Peel</main></body></html>';
    const shown = withPreviewBar(html);
    expect(shown).toContain(
      '<head><title>Peel</title><link rel="stylesheet" href="/studio/preview-bar.css"></head>',
    );
    expect(shown).toMatch(
      /<body class="flex"><div class="studio-preview-bar"[^>]*>.*<a href="\/studio\/">Back to the studio<\/a><\/div><main>Peel<\/main>/,
    );
    const without = shown
      .replace('<link rel="stylesheet" href="/studio/preview-bar.css">', '')
      .replace(/<div class="studio-preview-bar".*?<\/div>/, '');
    expect(without).toBe(html);
    expect(withPreviewBar('no body here')).toBe('no body here');
  });
});
