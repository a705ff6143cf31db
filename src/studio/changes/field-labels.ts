/**
 * The words the forms show for each top-level field, in the forms' order. The forms read their
 * labels from the schemas with `helpOf`, and so does this file; the forms' own module is not read
 * here because the studio runs on Node itself, which cannot load its `~/` imports.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../content-check/files/read-content.ts';
import { helpOf, shapeOf } from '../../editor/schema-help.ts';
import { aftercareSchema } from '../../schemas/aftercare.ts';
import { practitionerSchema } from '../../schemas/practitioner.ts';
import { procedureSchema } from '../../schemas/procedure.ts';
import { siteSchema } from '../../schemas/site.ts';
import { treatmentSchema } from '../../schemas/treatment.ts';

export type FieldLabels = ReadonlyMap<string, string>;

/** What the forms call the MDX body ("Page text"), as it reads inside a line. */
export const PAGE_TEXT = 'page text';

// The build reads the photo as an image, so the schema has no words for it and the form writes
// its own label (src/editor/collections.ts); tests/studio/changes checks the two agree.
const PHOTO_LABEL = "The practitioner's photo";

function labelsOf(schema: z.ZodType, ownLabels: Record<string, string> = {}): FieldLabels {
  return new Map(
    Object.entries(shapeOf(schema)).map(([key, field]) => [
      key,
      ownLabels[key] ?? helpOf(field).label,
    ]),
  );
}

// A link to another file is saved as its file name, as the forms save it.
const fileName = z.string();

export const FIELD_LABELS: Record<CollectionName | 'site', FieldLabels> = {
  treatments: labelsOf(treatmentSchema(fileName, fileName)),
  procedures: labelsOf(procedureSchema(fileName)),
  aftercare: labelsOf(aftercareSchema(fileName)),
  practitioners: labelsOf(practitionerSchema(fileName), { photo: PHOTO_LABEL }),
  site: labelsOf(siteSchema),
};
