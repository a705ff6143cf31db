import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import type react from '@astrojs/react';
import type keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { EDITOR_POLICY } from './editor-policy.ts';
import { isFromOwnPages } from './own-origin.ts';
import unsavedGuard from './unsaved-guard.ts';
import { WRITING_API } from './writing-api.ts';

interface EditorPackages {
  react: typeof react;
  keystatic: typeof keystatic;
}

/**
 * The browser editor's packages are devDependencies: a host that installs without them still builds,
 * and a build does not spend time loading them. They are required, not imported: when Node cannot
 * load the config itself, Astro loads it through a Vite module loader that is closed before the
 * hooks run, and `require` does not go through it.
 */
function editorPackages(): EditorPackages | undefined {
  const require = createRequire(import.meta.url);
  try {
    return {
      react: (require('@astrojs/react') as { default: typeof react }).default,
      keystatic: (require('@keystatic/astro') as { default: typeof keystatic }).default,
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * The preview reloads every open page when a content file changes, so the site's pages show the
 * change. A form must not reload: it would drop what the editor has typed and not yet saved, and
 * each save would reload every other form open in another tab. The reload waits for this listener,
 * which on the editor's pages never lets it go ahead.
 */
const KEEP_FORMS_OPEN = `if (import.meta.hot && location.pathname.startsWith('/keystatic')) {
  import.meta.hot.on('vite:beforeFullReload', () => new Promise(() => {}));
}`;

/**
 * Vite covers a page with its error screen, code and a stack trace, whenever the server trips
 * over a file, and gives one held back to the next page that connects. On the forms that screen
 * hides the form an editor needs to fix the mistake, and its advice is for developers: the forms
 * show each mistake next to its field, and the terminal keeps the error.
 */
const NO_DEVELOPER_SCREEN = `if (location.pathname.startsWith('/keystatic')) {
  const remove = () =>
    document.querySelectorAll('vite-error-overlay').forEach((screen) => {
      screen.remove();
      console.error('An error in the preview was kept off the forms: the terminal shows it.');
    });
  remove();
  new MutationObserver(remove).observe(document.body, { childList: true });
}`;

/** Answers a form's request for the writing check of one field; `root` is the project's folder. */
export type WritingCheckAnswer = (
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
) => Promise<void>;

/**
 * Keystatic's forms at /keystatic in `npm run dev`; `astro build` never adds them. The writing
 * check the forms ask for belongs to the content check, so it is handed in rather than imported.
 */
export default function editor(options: { writingCheck: WritingCheckAnswer }): AstroIntegration {
  let root = '';
  return {
    name: 'clinic-editor',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectScript, logger }) => {
        if (command !== 'dev') return;
        const packages = editorPackages();
        if (!packages) {
          logger.warn('The browser editor is not installed: run npm install to get it.');
          return;
        }
        // Keystatic's own pages and API calls have no trailing slash; the built site keeps 'always'.
        injectScript('before-hydration', KEEP_FORMS_OPEN);
        injectScript('before-hydration', NO_DEVELOPER_SCREEN);
        root = fileURLToPath(config.root);
        updateConfig({
          integrations: [packages.react(), packages.keystatic(), unsavedGuard()],
          trailingSlash: 'ignore',
          vite: {
            server: {
              // The editor's screens are served from node_modules, which may be a link to another folder.
              fs: { allow: [root, realpathSync(`${root}/node_modules`)] },
              // Vite's CORS answers another local page's preflight with a yes before any plugin sees
              // it; with it off, the preflight reaches the origin check below, which says no.
              cors: false,
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        // Installed here, it runs before Astro's routes and Keystatic's API.
        server.middlewares.use((request, response, next) => {
          const seen = {
            method: request.method ?? 'GET',
            url: request.url ?? '/',
            headers: request.headers,
            secure: (request.socket as Partial<TLSSocket>).encrypted === true,
          };
          if (isFromOwnPages(seen)) return next();
          response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('Refused: the preview takes changes only from its own pages.\n');
        });
        // After the origin check, so another origin's page cannot use it.
        server.middlewares.use((request, response, next) => {
          if (new URL(request.url ?? '/', 'http://preview.invalid').pathname !== WRITING_API)
            return next();
          options.writingCheck(request, response, root).catch(next);
        });
        server.middlewares.use((request, response, next) => {
          if (request.url?.startsWith('/keystatic')) {
            response.setHeader('Content-Security-Policy', EDITOR_POLICY);
          }
          next();
        });
      },
    },
  };
}
