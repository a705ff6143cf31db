/**
 * Every page address on the site, written once. The site uses trailing slashes (`trailingSlash:
 * 'always'`), so each address ends in one.
 */

export const HOME = '/';
export const TREATMENTS = '/treatments/';
export const PRACTITIONERS = '/practitioners/';
export const SEARCH = '/search/';
/** Built only when the clinic has given something to put on it. */
export const CONTACT = '/contact/';

/** The three pages of one treatment, by the treatment's file name. */
export const treatmentUrl = (id: string) => `${TREATMENTS}${id}/`;
export const procedureUrl = (id: string) => `${treatmentUrl(id)}procedure/`;
export const aftercareUrl = (id: string) => `${treatmentUrl(id)}aftercare/`;

/** A practitioner's profile, by the profile's file name. */
export const practitionerUrl = (id: string) => `${PRACTITIONERS}${id}/`;

/** The folder of the built site that holds the pages' share cards. */
export const SHARE_CARDS = '/cards/';

/** A page's share card, by the card's file name. */
export const shareCardUrl = (fileName: string) => `${SHARE_CARDS}${fileName}`;

/** The full address of a page for sharing and structured data, on the clinic's own site. */
export const absoluteUrl = (path: string, site: string) => new URL(path, site).href;
