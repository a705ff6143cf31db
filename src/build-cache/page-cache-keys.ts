/**
 * What each page made by `getStaticPaths` is built from, as a cache key. A page is rendered again
 * when any of these entries changes, and its earlier output is copied otherwise, so every entry the
 * page (its layout, components and JSON-LD included) reads must be listed here. A page that
 * shows something worked out from the build's date, such as the clinic's coming closures on the
 * home and contact pages, must carry no key, so that it is rendered afresh on every build.
 */
import { getEntry } from 'astro:content';
import {
  aftercareOf,
  practitionersOf,
  procedureOf,
  treatmentsBy,
  type Practitioner,
  type Treatment,
} from '~/lib/content';
import { cacheKeyOf, type KeyedEntry } from './cache-key';

// Every page's layout reads the clinic's settings, so a change to site.yaml renders every page again.
async function siteEntry(): Promise<KeyedEntry[]> {
  const site = await getEntry('site', 'site');
  return site ? [site] : [];
}

/** The key of a treatment's overview, procedure and aftercare pages. */
export async function treatmentCacheKey(treatment: Treatment): Promise<string> {
  const [site, procedure, aftercare, practitioners] = await Promise.all([
    siteEntry(),
    procedureOf(treatment),
    aftercareOf(treatment),
    practitionersOf(treatment),
  ]);
  return cacheKeyOf([...site, treatment, procedure, aftercare, ...practitioners]);
}

/** The key of a practitioner's page, which lists the treatments they perform. */
export async function practitionerCacheKey(practitioner: Practitioner): Promise<string> {
  const [site, treatments] = await Promise.all([siteEntry(), treatmentsBy(practitioner)]);
  return cacheKeyOf([...site, practitioner, ...treatments]);
}
