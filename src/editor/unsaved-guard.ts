import type { AstroIntegration } from 'astro';

/**
 * Asks before a form with unsaved changes is left, by closing the tab, reloading, or a link in the
 * forms. Keystatic keeps no such guard; it marks such a form "Unsaved", which is what this looks for.
 * The browser's Back button cannot be stopped this way.
 */
const GUARD = `if (location.pathname.startsWith('/keystatic')) {
  const unsaved = () =>
    [...document.body.querySelectorAll('span, div')].some(
      (element) => element.childElementCount === 0 && element.textContent === 'Unsaved',
    );
  addEventListener('beforeunload', (event) => {
    if (unsaved()) event.preventDefault();
  });
  // Keystatic's links move on when pressed, before the click: the question comes at the press,
  // and a "no" holds back every event of that press.
  let held = null;
  const linkLeaving = (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || new URL(link.href, location.href).pathname === location.pathname) return null;
    return link;
  };
  const guard = (event) => {
    const link = linkLeaving(event);
    if (!link) return;
    const starts = event.type === 'pointerdown' || (event.type === 'keydown' && event.key === 'Enter');
    if (starts) {
      held =
        unsaved() && !confirm('This form has changes that are not saved. Leave it and lose them?')
          ? link
          : null;
    }
    if (held !== link) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click' || event.type === 'keyup') held = null;
  };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup'])
    document.addEventListener(type, guard, true);
}`;

/** The guard on the forms' pages, in \`npm run dev\` and in the studio. */
export default function unsavedGuard(): AstroIntegration {
  return {
    name: 'clinic-unsaved-guard',
    hooks: {
      // Keystatic's page is one island; a 'page' script is not added to it, this is.
      'astro:config:setup': ({ injectScript }) => injectScript('before-hydration', GUARD),
    },
  };
}
