import {
  aftercareOf,
  getSiteSettings,
  getTreatments,
  procedureOf,
  treatmentsBy,
  type Practitioner,
  type Treatment,
} from '~/lib/content';
import { clinicNode, practitionerNode, treatmentNode, type ClinicFacts } from './json-ld';

const treatmentUrl = (site: string, treatment: Treatment) =>
  new URL(`/treatments/${treatment.id}/`, site).href;
const practitionerUrl = (site: string, person: Practitioner) =>
  new URL(`/practitioners/${person.id}/`, site).href;

async function clinic(): Promise<ClinicFacts> {
  const settings = await getSiteSettings();
  return { name: settings.clinicName, url: settings.url };
}

/** The clinic and the services it offers. */
export async function clinicJsonLd() {
  const [facts, treatments] = await Promise.all([clinic(), getTreatments()]);
  return [
    clinicNode(
      facts,
      treatments.map((treatment) => treatmentUrl(facts.url, treatment)),
    ),
  ];
}

/** A treatment as a MedicalProcedure, from its own file, its procedure and its aftercare. */
export async function treatmentJsonLd(treatment: Treatment) {
  const [facts, procedure, aftercare] = await Promise.all([
    clinic(),
    procedureOf(treatment),
    aftercareOf(treatment),
  ]);
  return [
    treatmentNode({
      url: treatmentUrl(facts.url, treatment),
      name: treatment.data.name,
      otherNames: treatment.data.otherNames,
      summary: treatment.data.summary,
      areas: treatment.data.areas,
      steps: procedure.data.steps,
      aftercare: aftercare.data.timeline,
    }),
  ];
}

/** A practitioner as a Person who works for the clinic. */
export async function practitionerJsonLd(person: Practitioner) {
  const [facts, treatments] = await Promise.all([clinic(), treatmentsBy(person)]);
  return [
    practitionerNode(
      {
        url: practitionerUrl(facts.url, person),
        name: person.data.name,
        role: person.data.role,
        treatmentUrls: treatments.map((treatment) => treatmentUrl(facts.url, treatment)),
      },
      facts,
    ),
  ];
}
