/**
 * The build's schemas, with stand-ins for the two parts that need Astro's content layer: `reference()`
 * and `image()`. Whether a linked file exists is a cross-file rule (`content-integrity.ts`).
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { aftercareSchema } from '../../schemas/aftercare.ts';
import { withExample } from '../../schemas/messages.ts';
import { practitionerSchema } from '../../schemas/practitioner.ts';
import { procedureSchema } from '../../schemas/procedure.ts';
import { requiredText } from '../../schemas/text.ts';
import { treatmentSchema } from '../../schemas/treatment.ts';
import type { CollectionName } from '../files/read-content.ts';

/** Stands in for Astro's `reference()`: the id, kept as the build keeps it. */
export const referenceTo = (collection: string) =>
  z.string().transform((id) => ({ collection, id }));

// The formats Astro's image pipeline reads (VALID_INPUT_FORMATS in astro/assets).
const IMAGE_FORMATS = new Set([
  '.jpeg',
  '.jpg',
  '.png',
  '.apng',
  '.tiff',
  '.webp',
  '.gif',
  '.svg',
  '.avif',
]);
const PHOTO_EXAMPLE = 'photo: ./karen-evans.jpg';

/**
 * Stands in for Astro's `image()`, which resolves a photo's path from the profile's own folder and
 * stops the build when nothing is there.
 */
export const photoIn = (folder: string) =>
  requiredText('The photo (an image file saved next to this profile)', PHOTO_EXAMPLE)
    .refine((path) => IMAGE_FORMATS.has(extname(path).toLowerCase()), {
      error: withExample(
        'The photo must be a .jpg, .png, .webp or .avif image file.',
        PHOTO_EXAMPLE,
      ),
    })
    .refine((path) => existsSync(resolve(folder, path)), {
      error: withExample(
        'There is no image file at this path. Save the photo in the same folder as the profile, then write ./ and its file name.',
        PHOTO_EXAMPLE,
      ),
    });

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
