/**
 * The treatment as a Service the clinic sells, with its prices as Offers in pounds, and the
 * clinic's questions and answers as an FAQPage. MedicalProcedure has no `offers`, so the prices go
 * on a Service node that names the same page; each node is made only when the clinic has given
 * what it says.
 */
import { priceForSchemaOrg } from '~/lib/format-answers';
import type { Price } from '~/schemas/price';

export interface OfferFacts {
  url: string;
  name: string;
  clinicId: string;
  price?: Price | undefined;
}

const offer = (name: string, pounds: number, description: string | undefined) => ({
  '@type': 'Offer',
  name,
  price: priceForSchemaOrg(pounds),
  priceCurrency: 'GBP',
  ...(description ? { description } : {}),
});

/** The treatment as a Service with an Offer for one session and one for a course, as given. */
export function serviceNode({ url, name, clinicId, price }: OfferFacts) {
  if (!price) return undefined;
  const { perSession, perCourse, courseSessions, includes } = price;
  const offers = [
    ...(perSession === undefined ? [] : [offer('One session', perSession, includes)]),
    ...(perCourse === undefined || courseSessions === undefined
      ? []
      : [offer(`A course of ${courseSessions} sessions`, perCourse, includes)]),
  ];
  return {
    '@type': 'Service',
    '@id': `${url}#service`,
    name,
    url,
    provider: { '@id': clinicId },
    offers,
  };
}

/** The clinic's questions and answers about the treatment as an FAQPage of the same page. */
export function questionsNode(
  url: string,
  questions: readonly { question: string; answer: string }[] | undefined,
) {
  if (!questions) return undefined;
  return {
    '@type': 'FAQPage',
    '@id': `${url}#questions`,
    url,
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
