import type { AstroIntegration } from 'astro';

/**
 * The browser editor's packages are devDependencies: a host that installs without them still builds.
 * They are imported while the config loads, because Astro closes its module loader before the hooks
 * run; both entry files are small, and only the dev command adds them to the site.
 */
const editorPackages = await Promise.all([
  import('@astrojs/react'),
  import('@keystatic/astro'),
]).catch((error: unknown) => {
  if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
  throw error;
});

/** Keystatic's forms at /keystatic in `npm run dev`; `astro build` never adds them. */
export default function editor(): AstroIntegration {
  return {
    name: 'clinic-editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'dev') return;
        if (!editorPackages) {
          logger.warn('The browser editor is not installed: run npm install to get it.');
          return;
        }
        const [{ default: react }, { default: keystatic }] = editorPackages;
        // Keystatic's own pages and API calls have no trailing slash; the built site keeps 'always'.
        updateConfig({ integrations: [react(), keystatic()], trailingSlash: 'ignore' });
      },
    },
  };
}
