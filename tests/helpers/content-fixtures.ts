import { REPOSITORY } from '../../scripts/repository';
import { join } from 'node:path';
import {
  readContentFolder,
  readSiteFile as readSite,
  type CollectionName,
} from '~/content-check/files/read-content';
import {
  linkedSchemas,
  practitionerSchemaIn,
  treatmentSchemaIn,
} from '~/content-check/collection-schemas';

export type { CollectionName };

export { REPOSITORY };
export const CONTENT = join(REPOSITORY, 'content');

/** Each collection's schema as the content check applies it to a file in `content/`. */
export const schemas = {
  ...linkedSchemas,
  treatments: treatmentSchemaIn(join(CONTENT, 'treatments')),
  practitioners: practitionerSchemaIn(join(CONTENT, 'practitioners')),
} as const;

export interface RawEntry {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
}

/** The frontmatter of every MDX file in one collection folder, read as the build reads it. */
export function readFolder(contentDir: string, collection: CollectionName): RawEntry[] {
  return readContentFolder(REPOSITORY, contentDir, collection).entries.map(
    ({ id, file, frontmatter }) => {
      if (!frontmatter?.readable) throw new Error(`${file} has no readable frontmatter`);
      return { id, file, frontmatter: frontmatter.data as Record<string, unknown> };
    },
  );
}

/** `content/site.yaml`, parsed but not yet checked. */
export function readSiteFile(contentDir: string): unknown {
  const { file, settings } = readSite(REPOSITORY, contentDir);
  if (!settings?.readable) throw new Error(`${file} is missing or cannot be read`);
  return settings.data;
}
