/**
 * Rules for the names of content files. A file's name becomes its page address and is how other files
 * link to it, so two names that make the same address, or a file the build skips, are mistakes.
 */
import { slug } from 'github-slugger';
import type { ContentProblem } from '../problem.ts';
import { withExample } from '../../schemas/messages.ts';

/** The id Astro's `glob()` loader gives a file: its name without extension, slugged like a heading. */
export const entryId = (fileName: string) => slug(fileName.replace(/\.[^.]+$/, ''));

/** The file name, without .mdx, for a new file about `name`: "Zoë O'Brien" → `zoe-obrien`. */
export const fileNameFor = (name: string) =>
  slug(name.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' '));

// Files the build reads are `.mdx`; these look like content but would be left out without a word.
const TEXT_FILE = /\.(mdx|md|markdown)$/i;

const FIELD = 'file name';

/** Mistakes in the names of the files in one collection folder, such as `content/practitioners`. */
export function findFileNameProblems(
  folder: string,
  names: readonly string[],
): Omit<ContentProblem, 'line'>[] {
  const byId = Map.groupBy(
    names.filter((name) => TEXT_FILE.test(name)),
    entryId,
  );
  return [...byId].flatMap(([id, group]) => {
    const wanted = `${id}.mdx`;
    const keep =
      group.find((name) => name === wanted) ?? group.find((name) => name.endsWith('.mdx'));
    if (group.length > 1) {
      return group
        .filter((name) => name !== (keep ?? group[0]))
        .map((name) => ({
          file: `${folder}/${name}`,
          field: FIELD,
          message: withExample(
            `${group.join(' and ')} both make the page address "${id}", so only one of them would be published. Keep one file and delete the other.`,
            `keep ${keep ?? wanted} and delete ${name}`,
          ),
        }));
    }
    const [name = wanted] = group;
    if (!name.endsWith('.mdx')) {
      return [
        {
          file: `${folder}/${name}`,
          field: FIELD,
          message: withExample(
            'The site only reads files ending in .mdx, so this file is left out.',
            `rename ${name} to ${wanted}`,
          ),
        },
      ];
    }
    if (name !== wanted) {
      return [
        {
          file: `${folder}/${name}`,
          field: FIELD,
          message: withExample(
            'File names must be lower case with words joined by -, because the name becomes the page address and is how other files link to this one.',
            `rename ${name} to ${wanted}`,
          ),
        },
      ];
    }
    return [];
  });
}
