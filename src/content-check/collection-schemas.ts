/**
 * The build's schemas, with stand-ins for the two parts that need Astro's content layer: `reference()`
 * and `image()`. Whether a linked file exists is a cross-file rule (`rules/integrity.ts`).
 */
import { z } from 'astro/zod';
import { aftercareSchema } from '../schemas/aftercare.ts';
import { withExample } from '../schemas/messages.ts';
import { practitionerSchema } from '../schemas/practitioner.ts';
import { procedureSchema } from '../schemas/procedure.ts';
import { LINE, requiredText } from '../schemas/text.ts';
import { photoProblem } from './files/photo-file.ts';
import { treatmentSchema } from '../schemas/treatment.ts';
import type { CollectionName } from './files/read-content.ts';

/** Stands in for Astro's `reference()`: the id, kept as the build keeps it. */
export const referenceTo = (collection: string) =>
  z.string().transform((id) => ({ collection, id }));

const PHOTO_EXAMPLE = 'photo: ./karen-evans.jpg';

/**
 * Stands in for Astro's `image()`, which resolves a photo's path from the profile's own folder and
 * stops the build when nothing is there, or when what is there is not an image it can read.
 */
export const photoIn = (folder: string) =>
  requiredText('The photo (an image file saved next to this profile)', PHOTO_EXAMPLE, LINE).refine(
    (path) => photoProblem(folder, path) === undefined,
    {
      error: (issue) => withExample(photoProblem(folder, String(issue.input)) ?? '', PHOTO_EXAMPLE),
    },
  );

/** The schemas of the collections whose files link to others by file name; built once. */
export const linkedSchemas = {
  treatments: treatmentSchema(referenceTo('practitioners')),
  procedures: procedureSchema(referenceTo('treatments')),
  aftercare: aftercareSchema(referenceTo('treatments')),
};

/** The schema of the profiles in `folder`: a photo is looked for beside its profile. */
export const practitionerSchemaIn = (folder: string) => practitionerSchema(photoIn(folder));

/** The schema the files of `collection`, kept in `folder`, are checked against. */
export const schemaFor = (collection: CollectionName, folder: string) =>
  collection === 'practitioners' ? practitionerSchemaIn(folder) : linkedSchemas[collection];
