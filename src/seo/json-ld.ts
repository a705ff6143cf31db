/**
 * schema.org JSON-LD built from the same content the pages show, so search engines read the
 * facts a client reads. Nodes point at each other by `@id`, which is the page address plus a
 * fragment. MedicalProcedure has no property for who performs it, so the links run from the clinic
 * (`availableService`) and from each person (`affiliation`, `knowsAbout`). The clinic has said who
 * performs each treatment, not how they are employed, so nothing here claims employment.
 */

import { absoluteUrl, HOME } from '~/lib/urls';
import { formatSpan } from '~/lib/format';
import { formatDaysAfter } from '~/lib/format-answers';
import { internationalNumber } from '~/schemas/phone';
import { openDays, type OpeningHours } from '~/schemas/opening-hours';

export interface ClinicFacts {
  name: string;
  url: string;
  phone?: string | undefined;
  email?: string | undefined;
  address?: readonly string[] | undefined;
  openingHours?: OpeningHours | undefined;
  /** Closed days still to come, as inclusive ranges. */
  closures?: readonly { from: string; to: string }[] | undefined;
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
  consultation?: string | undefined;
  notSuitableFor?: readonly string[] | undefined;
  risks?: readonly string[] | undefined;
  /** The clinic's list of how to get ready for a session. */
  getReady?: readonly string[] | undefined;
  /** What to avoid after a session, and for how many days. */
  avoidAfter?: readonly { what: string; days: number }[] | undefined;
}

export interface PractitionerFacts {
  url: string;
  name: string;
  role: string;
  treatmentUrls: readonly string[];
}

export const clinicId = (clinic: ClinicFacts) => new URL('/#clinic', clinic.url).href;
const treatmentId = (url: string) => `${url}#treatment`;
const personId = (url: string) => `${url}#person`;
const stepText = (steps: readonly { title: string; detail: string }[]) =>
  steps.map(({ title, detail }, index) => `${index + 1}. ${title}: ${detail}`).join(' ');

const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/** Address lines as a PostalAddress; only a last line that is a UK postcode is said to be one. */
function postalAddress(lines: readonly string[]) {
  const last = lines.at(-1) ?? '';
  const hasPostcode = lines.length > 1 && UK_POSTCODE.test(last);
  return {
    '@type': 'PostalAddress',
    streetAddress: (hasPostcode ? lines.slice(0, -1) : lines).join(', '),
    ...(hasPostcode ? { postalCode: last } : {}),
  };
}

const capitalised = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);

/** Only what the clinic has given is said: a missing phone number is left out, not left empty. */
function contactFacts(clinic: ClinicFacts) {
  const { phone, email, address, openingHours, closures = [] } = clinic;
  const telephone = phone === undefined ? undefined : internationalNumber(phone);
  return {
    ...(telephone ? { telephone } : {}),
    ...(email ? { email } : {}),
    ...(address ? { address: postalAddress(address) } : {}),
    ...(openingHours
      ? {
          openingHoursSpecification: openDays(openingHours).map((day) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: `https://schema.org/${capitalised(day)}`,
            opens: openingHours[day]?.opens,
            closes: openingHours[day]?.closes,
          })),
        }
      : {}),
    // schema.org marks a closed day as one that opens and closes at midnight.
    ...(closures.length > 0
      ? {
          specialOpeningHoursSpecification: closures.map(({ from, to }) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: from,
            validThrough: to,
            opens: '00:00',
            closes: '00:00',
          })),
        }
      : {}),
  };
}

/** The clinic as a MedicalBusiness that offers each treatment, with the contact details it has given. */
export function clinicNode(clinic: ClinicFacts, treatmentUrls: readonly string[]) {
  return {
    '@type': 'MedicalBusiness',
    '@id': clinicId(clinic),
    name: clinic.name,
    url: absoluteUrl(HOME, clinic.url),
    ...contactFacts(clinic),
    availableService: treatmentUrls.map((url) => ({ '@id': treatmentId(url) })),
  };
}

/**
 * Who a treatment is not for and its risks. schema.org has `contraindication` and `adverseOutcome`
 * only on MedicalTherapy, a kind of MedicalProcedure, so a treatment that gives them is typed so.
 */
function safetyFacts({ notSuitableFor, risks }: TreatmentFacts) {
  const entities = (names: readonly string[]) =>
    names.map((name) => ({ '@type': 'MedicalEntity', name }));
  return {
    ...(notSuitableFor ? { contraindication: entities(notSuitableFor) } : {}),
    ...(risks ? { adverseOutcome: entities(risks) } : {}),
  };
}

/** A treatment as a MedicalProcedure: how it is done, how to prepare and what follows. */
export function treatmentNode(treatment: TreatmentFacts) {
  const safety = safetyFacts(treatment);
  const getReady = treatment.getReady ? `Before your session: ${treatment.getReady.join(' ')}` : '';
  const preparation =
    `${stepText(treatment.steps.filter((step) => step.preparation))} ${getReady}`.trim();
  const avoid = treatment.avoidAfter
    ? ` Avoid afterwards: ${treatment.avoidAfter.map(({ what, days }) => `${what} ${formatDaysAfter(days)}`).join('; ')}.`
    : '';
  return {
    '@type': Object.keys(safety).length > 0 ? 'MedicalTherapy' : 'MedicalProcedure',
    '@id': treatmentId(treatment.url),
    name: treatment.name,
    alternateName: treatment.otherNames,
    description: treatment.summary,
    url: treatment.url,
    bodyLocation: treatment.areas,
    preparation: treatment.consultation
      ? `Consultation: ${treatment.consultation} ${preparation}`.trim()
      : preparation,
    howPerformed: stepText(treatment.steps.filter((step) => !step.preparation)),
    followup: treatment.aftercare
      .map(
        ({ title, notice, start, end, endsFrom }) =>
          `${title} (${formatSpan(start, end, endsFrom).toLowerCase()}): ${notice}`,
      )
      .join(' ')
      .concat(avoid)
      .trim(),
    ...safety,
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
