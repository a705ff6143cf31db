/**
 * schema.org JSON-LD built from the same content the pages show, so search engines read the
 * facts a client reads. Nodes point at each other by `@id`, which is the page address plus a
 * fragment. MedicalProcedure has no property for who performs it, so the links run from the clinic
 * (`availableService`) and from each person (`affiliation`, `knowsAbout`). The clinic has said who
 * performs each treatment, not how they are employed, so nothing here claims employment.
 */

import { absoluteUrl, HOME } from '~/lib/urls';
import { formatSpan } from '~/lib/format';

export interface ClinicFacts {
  name: string;
  url: string;
}

interface TimeAfter {
  value: number;
  unit: string;
}

interface AftercareStageFacts {
  title: string;
  notice: string;
  start: TimeAfter;
  end: TimeAfter;
  endsFrom?: TimeAfter | undefined;
}

export interface TreatmentFacts {
  url: string;
  name: string;
  otherNames: readonly string[];
  summary: string;
  areas: readonly string[];
  steps: readonly { title: string; detail: string; preparation: boolean }[];
  aftercare: readonly AftercareStageFacts[];
}

export interface PractitionerFacts {
  url: string;
  name: string;
  role: string;
  treatmentUrls: readonly string[];
}

const clinicId = (clinic: ClinicFacts) => new URL('/#clinic', clinic.url).href;
const treatmentId = (url: string) => `${url}#treatment`;
const personId = (url: string) => `${url}#person`;
const stepText = (steps: readonly { title: string; detail: string }[]) =>
  steps.map(({ title, detail }, index) => `${index + 1}. ${title}: ${detail}`).join(' ');

/** The clinic as a MedicalBusiness that offers each treatment. */
export function clinicNode(clinic: ClinicFacts, treatmentUrls: readonly string[]) {
  return {
    '@type': 'MedicalBusiness',
    '@id': clinicId(clinic),
    name: clinic.name,
    url: absoluteUrl(HOME, clinic.url),
    availableService: treatmentUrls.map((url) => ({ '@id': treatmentId(url) })),
  };
}

/** A treatment as a MedicalProcedure: how it is done, how to prepare and what follows. */
export function treatmentNode(treatment: TreatmentFacts) {
  return {
    '@type': 'MedicalProcedure',
    '@id': treatmentId(treatment.url),
    name: treatment.name,
    alternateName: treatment.otherNames,
    description: treatment.summary,
    url: treatment.url,
    bodyLocation: treatment.areas,
    preparation: stepText(treatment.steps.filter((step) => step.preparation)),
    howPerformed: stepText(treatment.steps.filter((step) => !step.preparation)),
    followup: treatment.aftercare
      .map(
        ({ title, notice, start, end, endsFrom }) =>
          `${title} (${formatSpan(start, end, endsFrom).toLowerCase()}): ${notice}`,
      )
      .join(' '),
  };
}

/** A practitioner as a Person affiliated with the clinic, who performs its treatments. */
export function practitionerNode(person: PractitionerFacts, clinic: ClinicFacts) {
  return {
    '@type': 'Person',
    '@id': personId(person.url),
    name: person.name,
    jobTitle: person.role,
    url: person.url,
    affiliation: { '@id': clinicId(clinic) },
    knowsAbout: person.treatmentUrls.map((url) => ({ '@id': treatmentId(url) })),
  };
}

/** One JSON-LD document; `<` is escaped so no text can close the script element early. */
export function jsonLdDocument(nodes: readonly object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(
    /</g,
    '\\u003c',
  );
}
