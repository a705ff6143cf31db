import { defineMiddleware } from 'astro:middleware';
import { keystaticRoute, pathsOfSave, type FormsHooks } from '../forms-hooks.ts';

/** The route `@keystatic/astro` adds for its API. */
const API_ROUTE = '/api/keystatic/[...params]';

/**
 * Keystatic's API answers from the working copy; this sends its list of files and its saves
 * through the studio server's hooks, and answers nothing else of it. Without hooks the app was
 * started some other way than by the studio server, which is the only thing that checks who is
 * signed in, so it answers nothing at all.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const hooks = (context.locals as { studio?: FormsHooks }).studio;
  if (hooks === undefined) return new Response('Not found', { status: 404 });
  if (context.routePattern !== API_ROUTE) return next();
  // Read as Keystatic reads it, so `tree/`, `update/` or `%75pdate` cannot pass the hooks by.
  const route = keystaticRoute(context.request.url);
  const { method } = context.request;
  if (route?.join('/') === 'tree' && method === 'GET') {
    const response = await next();
    if (!response.ok) return response;
    const entries = hooks.tree((await response.json()) as never);
    return Response.json(entries, { headers: { 'Cache-Control': 'no-store' } });
  }
  if (route?.[0] === 'blob' && method === 'GET') return next();
  if (route?.join('/') === 'update' && method === 'POST') {
    let paths: string[] | undefined;
    try {
      paths = pathsOfSave(await context.request.clone().json());
    } catch {
      paths = undefined;
    }
    if (paths === undefined) return new Response('Bad data', { status: 400 });
    return hooks.save(paths, () => next());
  }
  return new Response('Not found', { status: 404 });
});
