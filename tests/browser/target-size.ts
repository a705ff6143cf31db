import type { Page } from 'playwright-core';

/**
 * Controls smaller than 24 by 24 px (WCAG 2.2 target size, minimum). A link inside a sentence is
 * exempt, as WCAG allows: its height is the line's.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary',
    );
    return [...controls].flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return []; // not shown
      const block = control.parentElement?.closest('p, li, dd, td, h1, h2, h3, div');
      const inSentence =
        getComputedStyle(control).display === 'inline' &&
        (block?.textContent ?? '').trim().length > (control.textContent ?? '').trim().length;
      if (inSentence || (box.width >= 24 && box.height >= 24)) return [];
      const name = control.textContent?.trim() || control.getAttribute('name') || control.id;
      return [
        `${control.tagName.toLowerCase()} "${name}": ${Math.round(box.width)}x${Math.round(box.height)}`,
      ];
    });
  });
}
