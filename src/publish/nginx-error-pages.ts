/** The site's built page for a request it cannot answer, sent with the status of the refusal. */
export const SITE_ERROR_PAGE = '/404.html';

/**
 * Refusals of what a client asked for (a missing or hidden file, a method or range the site does
 * not serve, a request too long or malformed): the site's own "not found" page fits them all and
 * tells nothing about why.
 */
export const SITE_PAGE_STATUSES = [400, 403, 404, 405, 411, 412, 413, 414, 416] as const;

/**
 * Statuses the server itself causes: the built page may be what cannot be read (a 500 while files
 * are out of reach), so nginx sends a short page it holds in its configuration instead.
 */
export const PLAIN_PAGE_STATUSES = [429, 500, 501, 502, 503, 504, 505] as const;

/** Where the plain page for a status is, as `/_status/500`; only nginx itself can ask for it. */
export const PLAIN_PAGE_PATH = '/_status/';

/**
 * The page for a plain-page status: no styles or scripts, so the Content-Security-Policy allows
 * it as it is, and no double quotes or dollar signs, which nginx would read as its own.
 */
export const PLAIN_PAGE =
  '<!doctype html><html lang=en-GB><meta charset=utf-8>' +
  '<meta name=viewport content=width=device-width,initial-scale=1>' +
  '<title>Please try again in a minute</title>' +
  '<h1>Please try again in a minute</h1>' +
  '<p>The site could not show this page just now.</p>' +
  '<p><a href=/>Go to the home page</a></p></html>';
