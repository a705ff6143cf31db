import { resolve } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { mdxFiles } from './content-loading/mdx-files';
import { parseSiteYaml } from './content-check/files/site-yaml';
import { aftercareSchema } from './schemas/aftercare';
import { practitionerSchema } from './schemas/practitioner';
import { procedureSchema } from './schemas/procedure';
import { siteSchema } from './schemas/site';
import { treatmentSchema } from './schemas/treatment';

// Marketing edits only the top-level `content/`; other folders are built by tests and the benchmark.
const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const mdxIn = (folder: string) => mdxFiles(resolve(contentDir, folder));

const treatments = defineCollection({
  loader: mdxIn('treatments'),
  schema: ({ image }) => treatmentSchema(reference('practitioners'), image()),
});

const procedures = defineCollection({
  loader: mdxIn('procedures'),
  schema: procedureSchema(reference('treatments')),
});

const aftercare = defineCollection({
  loader: mdxIn('aftercare'),
  schema: aftercareSchema(reference('treatments')),
});

const practitioners = defineCollection({
  loader: mdxIn('practitioners'),
  schema: ({ image }) => practitionerSchema(image()),
});

// One settings file, written flat for editors; the loader wants entries keyed by id.
const site = defineCollection({
  loader: file(resolve(contentDir, 'site.yaml'), {
    // The schema checks what the file holds; the loader only wants it to be a group of fields.
    parser: (text) => ({ site: parseSiteYaml(text) as Record<string, unknown> }),
  }),
  schema: siteSchema,
});

export const collections = { treatments, procedures, aftercare, practitioners, site };
