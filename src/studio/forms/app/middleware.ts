import { defineMiddleware } from 'astro:middleware';
import { pathsOfSave, type FormsHooks } from '../forms-hooks.ts';

const API = '/api/keystatic/';

/**
 * Keystatic's API answers from the working copy; this sends its list of files and its saves
 * through the studio server's hooks. Without hooks the app was started some other way than by
 * the studio server, which is the only thing that checks who is signed in, so it answers nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const hooks = (context.locals as { studio?: FormsHooks }).studio;
  if (hooks === undefined) return new Response('Not found', { status: 404 });
  const { pathname } = context.url;
  if (pathname === `${API}tree` && context.request.method === 'GET') {
    const response = await next();
    if (!response.ok) return response;
    const entries = hooks.tree((await response.json()) as never);
    return Response.json(entries, { headers: { 'Cache-Control': 'no-store' } });
  }
  if (pathname === `${API}update` && context.request.method === 'POST') {
    let paths: string[] | undefined;
    try {
      paths = pathsOfSave(await context.request.clone().json());
    } catch {
      paths = undefined;
    }
    if (paths === undefined) return new Response('Bad data', { status: 400 });
    return hooks.save(paths, () => next());
  }
  return next();
});
