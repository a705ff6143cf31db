import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { aftercareSchema } from '../../src/schemas/aftercare';
import { practitionerSchema } from '../../src/schemas/practitioner';
import { procedureSchema } from '../../src/schemas/procedure';
import { treatmentSchema } from '../../src/schemas/treatment';

export const REPOSITORY = join(import.meta.dirname, '..', '..');
export const CONTENT = join(REPOSITORY, 'content');

/** Stands in for Astro's `reference()`: an id, kept as the build keeps it. */
export const referenceTo = (collection: string) =>
  z.string().transform((id) => ({ collection, id }));

export const schemas = {
  treatments: treatmentSchema(referenceTo('practitioners')),
  procedures: procedureSchema(referenceTo('treatments')),
  aftercare: aftercareSchema(referenceTo('treatments')),
  practitioners: practitionerSchema(z.string()),
} as const;

export type CollectionName = keyof typeof schemas;

export interface RawEntry {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
}

/** The frontmatter of every MDX file in one collection folder. */
export function readFolder(contentDir: string, folder: CollectionName): RawEntry[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      if (!match?.[1]) throw new Error(`${name} has no frontmatter`);
      return {
        id: name.replace(/\.mdx$/, ''),
        file: relative(REPOSITORY, join(dir, name)),
        frontmatter: parse(match[1]) as Record<string, unknown>,
      };
    });
}

/** `content/site.yaml`, parsed but not yet validated. */
export function readSiteFile(contentDir: string): unknown {
  return parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8'));
}
