import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Treatment = CollectionEntry<'treatments'>;
export type Procedure = CollectionEntry<'procedures'>;
export type Aftercare = CollectionEntry<'aftercare'>;
export type Practitioner = CollectionEntry<'practitioners'>;

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en-GB');

/** Every collection, sorted and keyed once, so a page's lookups do not grow with the site. */
async function indexContent() {
  const [treatments, practitioners, procedures, aftercare, site] = await Promise.all([
    getCollection('treatments'),
    getCollection('practitioners'),
    getCollection('procedures'),
    getCollection('aftercare'),
    getEntry('site', 'site'),
  ]);
  const byTreatment = <E extends { data: { treatment: { id: string } } }>(entries: E[]) =>
    Map.groupBy(entries, (entry) => entry.data.treatment.id);
  const parts = { procedures: byTreatment(procedures), aftercare: byTreatment(aftercare) };
  // A treatment whose procedure or aftercare is not written yet is a draft: not on the site.
  const sortedTreatments = treatments
    .filter(({ id }) => parts.procedures.has(id) && parts.aftercare.has(id))
    .sort(byName);
  return {
    site,
    treatments: sortedTreatments,
    practitioners: practitioners.sort(byName),
    practitionerById: new Map(practitioners.map((entry) => [entry.id, entry])),
    treatmentsByPractitioner: Map.groupBy(
      sortedTreatments.flatMap((treatment) =>
        treatment.data.practitioners.map(({ id }) => ({ id, treatment })),
      ),
      ({ id }) => id,
    ),
    parts,
  };
}

let builtIndex: ReturnType<typeof indexContent> | undefined;
/** The index, made once per build; `astro dev` makes it afresh so edits show at once. */
const contentIndex = () => (import.meta.env.DEV ? indexContent() : (builtIndex ??= indexContent()));

/** All treatments, by name. */
export async function getTreatments(): Promise<Treatment[]> {
  return (await contentIndex()).treatments;
}

/** All practitioners, by name. */
export async function getPractitioners(): Promise<Practitioner[]> {
  return (await contentIndex()).practitioners;
}

/** The clinic's settings from `content/site.yaml`. */
export async function getSiteSettings() {
  const { site } = await contentIndex();
  if (!site)
    // The entry is also missing when the file is there but was refused: never advise replacing it.
    throw new Error(
      'content/site.yaml could not be read. npm run check:content says what to fix in it.',
    );
  return site.data;
}

/** The practitioners a treatment names, in the order the treatment lists them. */
export async function practitionersOf(treatment: Treatment): Promise<Practitioner[]> {
  const { practitionerById } = await contentIndex();
  return treatment.data.practitioners.map(({ id }) => {
    const found = practitionerById.get(id);
    if (!found)
      throw new Error(`${treatment.filePath}: practitioners names "${id}", who has no profile`);
    return found;
  });
}

/** The treatments a practitioner may perform, by name. */
export async function treatmentsBy(practitioner: Practitioner): Promise<Treatment[]> {
  const { treatmentsByPractitioner } = await contentIndex();
  return (treatmentsByPractitioner.get(practitioner.id) ?? []).map(({ treatment }) => treatment);
}

/** The single entry of `collection` that belongs to `treatment`; a missing one stops the build. */
async function partOf<C extends 'procedures' | 'aftercare'>(collection: C, treatment: Treatment) {
  const matches = (await contentIndex()).parts[collection].get(treatment.id) ?? [];
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
