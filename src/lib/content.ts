import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { bookingRulesFrom, type PlannerConfig } from './booking-rules';

export type Treatment = CollectionEntry<'treatments'>;
export type Procedure = CollectionEntry<'procedures'>;
export type Aftercare = CollectionEntry<'aftercare'>;
export type Practitioner = CollectionEntry<'practitioners'>;

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en-GB');

/** All treatments, by name. */
export async function getTreatments(): Promise<Treatment[]> {
  return (await getCollection('treatments')).sort(byName);
}

/** All practitioners, by name. */
export async function getPractitioners(): Promise<Practitioner[]> {
  return (await getCollection('practitioners')).sort(byName);
}

/** The clinic's settings from `content/site.yaml`. */
export async function getSiteSettings() {
  const entry = await getEntry('site', 'site');
  if (!entry)
    throw new Error('content/site.yaml is missing: copy it from the example in docs/editing.md');
  return entry.data;
}

/** The practitioners a treatment names, in the order the treatment lists them. */
export async function practitionersOf(treatment: Treatment): Promise<Practitioner[]> {
  const all = await getCollection('practitioners');
  return treatment.data.practitioners.map(({ id }) => {
    const found = all.find((practitioner) => practitioner.id === id);
    if (!found)
      throw new Error(`${treatment.filePath}: practitioners names "${id}", who has no profile`);
    return found;
  });
}

/** The treatments a practitioner may perform. */
export async function treatmentsBy(practitioner: Practitioner): Promise<Treatment[]> {
  return (await getTreatments()).filter((treatment) =>
    treatment.data.practitioners.some(({ id }) => id === practitioner.id),
  );
}

/** The single entry of `collection` that belongs to `treatment`; a missing one stops the build. */
async function partOf<C extends 'procedures' | 'aftercare'>(collection: C, treatment: Treatment) {
  const matches = (await getCollection(collection)).filter(
    (entry) => entry.data.treatment.id === treatment.id,
  );
  const [only] = matches;
  if (!only || matches.length > 1) {
    throw new Error(
      `${treatment.filePath}: needs exactly one file in content/${collection}/ with "treatment: ${treatment.id}", found ${matches.length}`,
    );
  }
  return only as CollectionEntry<C>;
}

export const procedureOf = (treatment: Treatment) => partOf('procedures', treatment);
export const aftercareOf = (treatment: Treatment) => partOf('aftercare', treatment);

/** The next-session planner's rules for a treatment, from its own files and the clinic settings. */
export async function plannerConfigFor(treatment: Treatment): Promise<PlannerConfig> {
  const [settings, practitioners, aftercare] = await Promise.all([
    getSiteSettings(),
    practitionersOf(treatment),
    aftercareOf(treatment),
  ]);
  return {
    rules: bookingRulesFrom({
      sessionInterval: treatment.data.sessionInterval,
      practitioners: practitioners.map(({ data }) => data),
      openingDays: settings.openingDays,
      closures: settings.closures,
    }),
    timeZone: settings.timeZone,
    treatmentName: treatment.data.name,
    clinicName: settings.clinicName,
    pageUrl: new URL(`/treatments/${treatment.id}/`, settings.url).href,
    timeline: aftercare.data.timeline.map(({ title, start, end, notice, do: todo }) => ({
      title,
      start,
      end,
      notice,
      do: todo,
    })),
  };
}
