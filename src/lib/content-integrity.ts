/**
 * Rules that span files, which a single schema cannot see: every treatment has its procedure and its
 * aftercare, and every name a file points at has a file of its own.
 */

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

interface Entry {
  id: string;
  file: string;
}

export interface ContentIndex {
  treatments: readonly (Entry & { practitioners: readonly string[] })[];
  procedures: readonly (Entry & { treatment: string })[];
  aftercare: readonly (Entry & { treatment: string })[];
  practitioners: readonly Entry[];
}

function missingTargets(
  entries: readonly (Entry & { treatment: string })[],
  treatmentIds: ReadonlySet<string>,
): ContentProblem[] {
  return entries
    .filter((entry) => !treatmentIds.has(entry.treatment))
    .map((entry) => ({
      file: entry.file,
      field: 'treatment',
      message: `names the treatment "${entry.treatment}", which has no file in content/treatments/. Use the file name of a treatment without .mdx, for example treatment: ${[...treatmentIds][0] ?? 'treatment-name'}.`,
    }));
}

function partsOf(
  treatment: Entry,
  entries: readonly (Entry & { treatment: string })[],
  folder: string,
): ContentProblem[] {
  const matches = entries.filter((entry) => entry.treatment === treatment.id);
  if (matches.length === 1) return [];
  const message =
    matches.length === 0
      ? `has no file in content/${folder}/. Add content/${folder}/${treatment.id}.mdx with treatment: ${treatment.id}`
      : `has ${matches.length} files in content/${folder}/ (${matches.map((entry) => entry.file).join(', ')}); keep exactly one`;
  return [{ file: treatment.file, field: folder, message }];
}

/** Every problem that spans more than one content file, in a stable order. */
export function findCrossFileProblems(index: ContentIndex): ContentProblem[] {
  const treatmentIds = new Set(index.treatments.map((entry) => entry.id));
  const practitionerIds = new Set(index.practitioners.map((entry) => entry.id));
  const example = [...practitionerIds][0] ?? 'full-name';
  const unknownPractitioners = index.treatments.flatMap((treatment) =>
    treatment.practitioners
      .filter((id) => !practitionerIds.has(id))
      .map((id) => ({
        file: treatment.file,
        field: 'practitioners',
        message: `names "${id}", who has no profile in content/practitioners/. Use a profile's file name without .mdx, for example ${example}`,
      })),
  );
  return [
    ...unknownPractitioners,
    ...missingTargets(index.procedures, treatmentIds),
    ...missingTargets(index.aftercare, treatmentIds),
    ...index.treatments.flatMap((treatment) => [
      ...partsOf(treatment, index.procedures, 'procedures'),
      ...partsOf(treatment, index.aftercare, 'aftercare'),
    ]),
  ];
}
