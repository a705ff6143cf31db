import { absoluteUrl, practitionerUrl, treatmentUrl } from '~/lib/urls';
import {
  aftercareOf,
  getSiteSettings,
  getTreatments,
  procedureOf,
  treatmentsBy,
  type Practitioner,
  type Treatment,
} from '~/lib/content';
import { todayInZone } from '~/schemas/calendar-date';
import { comingClosures } from '~/lib/closures';
import { clinicId, clinicNode, practitionerNode, treatmentNode, type ClinicFacts } from './json-ld';
import { questionsNode, serviceNode } from './offers';

const treatmentAddress = (site: string, treatment: Treatment) =>
  absoluteUrl(treatmentUrl(treatment.id), site);
const practitionerAddress = (site: string, person: Practitioner) =>
  absoluteUrl(practitionerUrl(person.id), site);

async function clinic(): Promise<ClinicFacts> {
  const settings = await getSiteSettings();
  return {
    name: settings.clinicName,
    url: settings.url,
    phone: settings.contact?.phone,
    email: settings.contact?.email,
    address: settings.contact?.address,
    openingHours: settings.openingHours,
    closures: comingClosures(settings.closures, todayInZone(settings.timeZone)),
  };
}

/** The clinic and the services it offers. */
export async function clinicJsonLd() {
  const [facts, treatments] = await Promise.all([clinic(), getTreatments()]);
  return [
    clinicNode(
      facts,
      treatments.map((treatment) => treatmentAddress(facts.url, treatment)),
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
  const url = treatmentAddress(facts.url, treatment);
  const { price, questions } = treatment.data;
  const service = serviceNode({ url, name: treatment.data.name, clinicId: clinicId(facts), price });
  const answers = questionsNode(url, questions);
  return [
    treatmentNode({
      url,
      name: treatment.data.name,
      otherNames: treatment.data.otherNames,
      summary: treatment.data.summary,
      areas: treatment.data.areas,
      steps: procedure.data.steps,
      aftercare: aftercare.data.timeline,
      consultation: treatment.data.consultation,
      notSuitableFor: treatment.data.notSuitableFor,
      risks: treatment.data.risks,
      getReady: treatment.data.preparation,
      avoidAfter: treatment.data.avoidAfter,
    }),
    ...(service ? [service] : []),
    ...(answers ? [answers] : []),
  ];
}

/** A practitioner as a Person who works for the clinic. */
export async function practitionerJsonLd(person: Practitioner) {
  const [facts, treatments] = await Promise.all([clinic(), treatmentsBy(person)]);
  return [
    practitionerNode(
      {
        url: practitionerAddress(facts.url, person),
        name: person.data.name,
        role: person.data.role,
        treatmentUrls: treatments.map((treatment) => treatmentAddress(facts.url, treatment)),
      },
      facts,
    ),
  ];
}
