/** Where nginx keeps its own page for a status, as `/_studio-status/413`; only nginx can ask for it. */
export const STUDIO_PAGE_PATH = '/_studio-status/';

const page = (title: string, text: string) =>
  '<!doctype html><html lang=en-GB><meta charset=utf-8>' +
  '<meta name=viewport content=width=device-width,initial-scale=1>' +
  `<title>${title}</title><h1>${title}</h1><p>${text}</p>` +
  '<p><a href=/studio/>Go back to the studio</a></p></html>';

const NOT_ANSWERING = page(
  'The studio is not answering',
  'It may be starting again after an update. Try again in a minute.',
);

/**
 * The statuses nginx answers itself, before or instead of the studio, with a page that says what
 * to do. No double quotes or dollar signs, which nginx would read as its own.
 */
export const STUDIO_PAGES: Readonly<Record<number, string>> = {
  400: page('That request could not be read', 'Go back and try again.'),
  413: page(
    'That file is too large',
    'A photo can be up to 20 MB. Save it smaller, then add it again.',
  ),
  429: page('Too many tries', 'Wait a minute, then try again.'),
  500: NOT_ANSWERING,
  502: NOT_ANSWERING,
  503: NOT_ANSWERING,
  504: NOT_ANSWERING,
};
