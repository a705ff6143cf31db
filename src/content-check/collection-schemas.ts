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
import { photoProblem, type PhotoPlace } from './files/photo-file.ts';
import { treatmentSchema } from '../schemas/treatment.ts';
import type { CollectionName } from './files/read-content.ts';

/** Stands in for Astro's `reference()`: the id, kept as the build keeps it. */
export const referenceTo = (collection: string) =>
  z.string().transform((id) => ({ collection, id }));

const PHOTO_EXAMPLE = 'photo: ./karen-evans.jpg';
const PAIR_PHOTO_EXAMPLE = 'before: ./client-a-before.jpg';
const TREATMENTS: PhotoPlace = {
  files: 'the treatments',
  file: 'the treatment',
  folder: 'content/treatments/',
};

/**
 * Stands in for Astro's `image()`, which resolves a photo's path from the file's own folder and
 * stops the build when nothing is there, or when what is there is not an image it can read.
 */
export const photoIn = (
  folder: string,
  label = 'The photo (an image file saved next to this profile)',
  example = PHOTO_EXAMPLE,
  place?: PhotoPlace,
) =>
  requiredText(label, example, LINE).refine(
    (path) => photoProblem(folder, path, place) === undefined,
    {
      error: (issue) =>
        withExample(photoProblem(folder, String(issue.input), place) ?? '', example),
    },
  );

/** A before or after photo of a treatment, looked for beside the treatment's file. */
const pairPhotoIn = (folder: string) =>
  photoIn(
    folder,
    'Each before or after photo (an image file saved next to this treatment)',
    PAIR_PHOTO_EXAMPLE,
    TREATMENTS,
  );

/** The schemas of the collections whose files link to others by file name; built once. */
export const linkedSchemas = {
  procedures: procedureSchema(referenceTo('treatments')),
  aftercare: aftercareSchema(referenceTo('treatments')),
};

/** The schema of the profiles in `folder`: a photo is looked for beside its profile. */
export const practitionerSchemaIn = (folder: string) => practitionerSchema(photoIn(folder));

/** The schema of the treatments in `folder`: before and after photos are looked for beside them. */
export const treatmentSchemaIn = (folder: string) =>
  treatmentSchema(referenceTo('practitioners'), pairPhotoIn(folder));

/** The schema the files of `collection`, kept in `folder`, are checked against. */
export function schemaFor(collection: CollectionName, folder: string) {
  if (collection === 'practitioners') return practitionerSchemaIn(folder);
  if (collection === 'treatments') return treatmentSchemaIn(folder);
  return linkedSchemas[collection];
}
