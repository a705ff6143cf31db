import { describe, expect, it } from 'vitest';
import { findCrossFileProblems, type ContentIndex } from '~/content-check/rules/integrity';
import type { z } from 'astro/zod';
import { CONTENT, readFolder, schemas, type CollectionName } from '../helpers/content-fixtures';

/** The real content, reduced to the ids and links the cross-file rules read. */
function realIndex(): ContentIndex {
  const parsed = <S extends z.ZodType>(collection: CollectionName, schema: S) =>
    readFolder(CONTENT, collection).map((entry) => ({
      id: entry.id,
      file: entry.file,
      data: schema.parse(entry.frontmatter) as z.output<S>,
    }));
  return {
    treatments: parsed('treatments', schemas.treatments).map(({ id, file, data }) => ({
      id,
      file,
      practitioners: data.practitioners.map((reference) => reference.id),
    })),
    procedures: parsed('procedures', schemas.procedures).map(({ id, file, data }) => ({
      id,
      file,
      treatment: data.treatment.id,
    })),
    aftercare: parsed('aftercare', schemas.aftercare).map(({ id, file, data }) => ({
      id,
      file,
      treatment: data.treatment.id,
    })),
    practitioners: parsed('practitioners', schemas.practitioners).map(({ id, file }) => ({
      id,
      file,
    })),
  };
}

describe('the content hangs together', () => {
  it('has no cross-file problems: one procedure and one aftercare per treatment, every practitioner exists', () => {
    expect(findCrossFileProblems(realIndex())).toEqual([]);
  });

  it('finds a practitioner with no profile', () => {
    const index = realIndex();
    const problems = findCrossFileProblems({
      ...index,
      practitioners: index.practitioners.slice(1),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/treatments/microneedling.mdx',
      field: 'practitioners > item 3',
      path: ['practitioners', 2],
    });
    expect(problems[0]?.message).toMatch(/"ilona-abramenko" has no profile/);
  });

  it('finds a treatment with no aftercare, and a procedure for a treatment that does not exist', () => {
    const index = realIndex();
    const problems = findCrossFileProblems({
      ...index,
      aftercare: [],
      procedures: [
        ...index.procedures,
        { id: 'peel', file: 'content/procedures/peel.mdx', treatment: 'peel' },
      ],
    });
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'content/procedures/peel.mdx treatment',
      'content/treatments/microneedling.mdx aftercare',
    ]);
  });

  it('finds two procedures for one treatment', () => {
    const index = realIndex();
    const twin = { ...index.procedures[0]!, id: 'copy', file: 'content/procedures/copy.mdx' };
    const problems = findCrossFileProblems({ ...index, procedures: [...index.procedures, twin] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/has 2 procedure files/);
  });
});
