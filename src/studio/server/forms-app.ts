import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import type { FormsHooks } from '../forms/forms-hooks.ts';

/** Where `npm run studio:build` puts the forms app, under the studio's data folder. */
export const formsFolder = (dataDir: string) => join(dataDir, 'forms');

/** The built app's static files are under this path, apart from the draft site's `/_astro/`. */
export const FORMS_ASSETS = '/_forms/';

type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
  locals: { studio: FormsHooks },
) => void;

export interface FormsApp {
  handle(request: IncomingMessage, response: ServerResponse, hooks: FormsHooks): void;
}

export class FormsNotBuilt extends Error {
  override name = 'FormsNotBuilt';
}

const notFound = (response: ServerResponse) => () => {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end('Not found\n');
};

/** Loads Keystatic's forms as the Node adapter built them (middleware mode). */
export async function loadFormsApp(dataDir: string): Promise<FormsApp> {
  const folder = formsFolder(dataDir);
  const entry = join(folder, 'server', 'entry.mjs');
  if (!existsSync(entry)) {
    throw new FormsNotBuilt(
      `The forms are not built yet (${entry} is missing). Run: npm run studio:build`,
    );
  }
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  // Their names carry a hash of their contents, so a browser may keep them.
  const assets = sirv(join(folder, 'client'), { immutable: true, maxAge: 31_536_000 });
  return {
    handle(request, response, hooks) {
      if (request.url?.startsWith(FORMS_ASSETS)) assets(request, response, notFound(response));
      else handler(request, response, notFound(response), { studio: hooks });
    },
  };
}
