import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

// A folder imports only from lower layers; feature rooms share a layer and never import each other.
const LAYERS: Record<string, number> = {
  styles: 0,
  // Calendar dates and the rules for typed text, which the schemas and the rooms above them share.
  calendar: 0,
  text: 0,
  schemas: 1,
  lib: 2,
  // The writing check is pure logic the content check and the forms both read, so it sits below them.
  'writing-check': 2,
  planner: 3,
  search: 3,
  'content-check': 3,
  seo: 3,
  contact: 3,
  'share-cards': 3,
  publish: 3,
  'build-cache': 3,
  'content-loading': 3,
  release: 3,
  editor: 3,
  components: 4,
  // The studio server puts the feature rooms together (content check, release) for editors.
  studio: 4,
  layouts: 5,
  pages: 6,
};
// Files at the top of src/ that are entry points for Astro, not part of a room.
const TOP_FILES = new Set(['content.config.ts']);

const roomOf = (path: string) => path.split('/')[0] ?? '';

/** Every import of one file inside `src/`, as a path from `src/` (packages and `astro:` left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('~/')) return [specifier.slice(2)];
    if (specifier.startsWith('.')) return [relative(SRC, resolve(SRC, dirname(file), specifier))];
    return [];
  });
}

/** The imports of `file` that run back up the layers or sideways into another feature room. */
function wrongWay(file: string, imports: readonly string[]): string[] {
  const layer = LAYERS[roomOf(file)];
  if (layer === undefined) return [];
  return imports.filter((target) => {
    const to = roomOf(target);
    return to !== roomOf(file) && (LAYERS[to] ?? Infinity) >= layer;
  });
}

const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.(ts|astro)$/.test(file),
);

describe('imports inside src/', () => {
  it('knows the layer of every folder in src/, so a new room must be placed', () => {
    const unplaced = sourceFiles.filter(
      (file) => !TOP_FILES.has(file) && LAYERS[roomOf(file)] === undefined,
    );
    expect(unplaced).toEqual([]);
  });

  it('run one way: pages, layouts, components, feature rooms, lib, schemas, calendar and text', () => {
    const problems = sourceFiles.flatMap((file) =>
      wrongWay(file, importsOf(file)).map((target) => `${file} imports ${target}`),
    );
    expect(problems).toEqual([]);
  });

  it('catches an import that runs back up or across to another room', () => {
    expect(wrongWay('lib/content.ts', ['planner/booking-rules', 'schemas/site'])).toEqual([
      'planner/booking-rules',
    ]);
    expect(wrongWay('schemas/timeline.ts', ['lib/format'])).toEqual(['lib/format']);
    expect(wrongWay('search/results.ts', ['planner/result', 'search/site-search'])).toEqual([
      'planner/result',
    ]);
    expect(wrongWay('pages/index.astro', ['components/TreatmentCard.astro', 'lib/urls'])).toEqual(
      [],
    );
  });
});
