/**
 * The kinds of page the site files its pages under, and the name a reader sees for each: on the
 * page's own menu, on search results and on its share card. A treatment's procedure page is "What
 * happens" everywhere a reader meets it; "Procedure" is only the name the code and the index use.
 */
export const PAGE_KIND_NAMES = {
  Treatment: 'Treatment',
  Procedure: 'What happens',
  Aftercare: 'Aftercare',
  Practitioner: 'Practitioner',
} as const;

export type PageKind = keyof typeof PAGE_KIND_NAMES;
