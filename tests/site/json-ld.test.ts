import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { builtPage } from '../helpers/built-site';

const reference = z.strictObject({ '@id': z.url() });
const SHAPES = {
  MedicalBusiness: z.strictObject({
    '@type': z.literal('MedicalBusiness'),
    '@id': z.url(),
    name: z.string().min(1),
    url: z.url(),
    availableService: z.array(reference).min(1),
  }),
  MedicalProcedure: z.strictObject({
    '@type': z.literal('MedicalProcedure'),
    '@id': z.url(),
    name: z.string().min(1),
    alternateName: z.array(z.string()),
    description: z.string().min(1),
    url: z.url(),
    bodyLocation: z.array(z.string()).min(1),
    preparation: z.string().min(1),
    howPerformed: z.string().min(1),
    followup: z.string().min(1),
  }),
  Person: z.strictObject({
    '@type': z.literal('Person'),
    '@id': z.url(),
    name: z.string().min(1),
    jobTitle: z.string().min(1),
    url: z.url(),
    affiliation: reference,
    knowsAbout: z.array(reference),
  }),
};

const PAGES = [
  '/',
  '/treatments/microneedling/',
  '/practitioners/karen-evans/',
  '/practitioners/palwasha-yusofi/',
  '/practitioners/ilona-abramenko/',
];

function graphOf(path: string): { '@type': keyof typeof SHAPES; '@id': string }[] {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
    builtPage(path),
  )?.[1];
  const document = JSON.parse(json ?? '{}') as { '@context': string; '@graph': never[] };
  expect(document['@context']).toBe('https://schema.org');
  return document['@graph'];
}

describe('schema.org JSON-LD built from the content', () => {
  const nodes = PAGES.flatMap(graphOf);

  it('gives each node the shape its type should have', () => {
    expect(nodes.map((node) => node['@type']).sort()).toEqual([
      'MedicalBusiness',
      'MedicalProcedure',
      'Person',
      'Person',
      'Person',
    ]);
    for (const node of nodes) {
      const result = SHAPES[node['@type']].safeParse(node);
      expect(result.error?.issues, node['@id']).toBeUndefined();
    }
  });

  it('carries the treatment facts', () => {
    const procedure = SHAPES.MedicalProcedure.parse(
      nodes.find((node) => node['@type'] === 'MedicalProcedure'),
    );
    expect(procedure.alternateName).toEqual([
      'dermarolling',
      'skin needling',
      'collagen induction therapy',
    ]);
    expect(procedure.bodyLocation).toEqual(['face', 'neck']);
    expect(procedure.preparation).toMatch(/^1\. Cleansing: .*Emla.*antiseptic.*sterile roller/);
    expect(procedure.howPerformed).toMatch(/6 to 10 times in each direction.*protective emollient/);
    expect(procedure.followup).toMatch(/24 to 72 hours.*3 to 5 days.*2 weeks/);
  });

  it('links the clinic, the treatment and the practitioners to each other', () => {
    const ids = new Set(nodes.map((node) => node['@id']));
    const references = JSON.stringify(nodes).match(/\{"@id":"[^"]+"\}/g) ?? [];
    // The clinic offers the treatment; each of three people is affiliated with it and knows it.
    expect(references.length).toBe(7);
    for (const ref of references) expect(ids, ref).toContain(JSON.parse(ref)['@id']);
    const people = nodes
      .filter((node) => node['@type'] === 'Person')
      .map((node) => SHAPES.Person.parse(node));
    expect(people.map((person) => person.name).sort()).toEqual([
      'Ilona Abramenko',
      'Karen Evans',
      'Palwasha Yusofi',
    ]);
    for (const person of people) {
      expect(person.knowsAbout).toEqual([
        { '@id': 'https://www.example.com/treatments/microneedling/#treatment' },
      ]);
    }
  });
});
