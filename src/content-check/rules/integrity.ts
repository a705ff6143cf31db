/**
 * Rules that span files, which a single schema cannot see: every treatment has its procedure and its
 * aftercare, and every name a file points at has a file of its own.
 */
import { withExample } from '../../schemas/messages.ts';
import { closestSpelling } from '../../text/spelling.ts';
import type { ContentProblem } from '../problem.ts';

interface Entry {
  id: string;
  file: string;
}

export interface ContentIndex {
  /** Each practitioner link in its place in the list; undefined where an item is not a name. */
  treatments: readonly (Entry & { practitioners: readonly (string | undefined)[] })[];
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
      message: withExample(
        `There is no treatment called "${entry.treatment}" in content/treatments/. Write the file name of a treatment, without .mdx.`,
        `treatment: ${closestSpelling(entry.treatment, treatmentIds) ?? [...treatmentIds][0] ?? 'facial-peel'}`,
      ),
    }));
}

/** A problem unless exactly one file in `folder` belongs to `treatment`. */
function oneFileIn(
  treatment: Entry,
  entries: readonly (Entry & { treatment: string })[],
  folder: 'procedures' | 'aftercare',
): ContentProblem[] {
  const matches = entries.filter((entry) => entry.treatment === treatment.id);
  if (matches.length === 1) return [];
  const page = folder === 'procedures' ? 'procedure' : 'aftercare';
  const message =
    matches.length === 0
      ? withExample(
          `This treatment has no ${page} page: no file in content/${folder}/ says "treatment: ${treatment.id}". Add one (npm run new makes all three files of a new treatment).`,
          `content/${folder}/${treatment.id}.mdx with the line treatment: ${treatment.id}`,
        )
      : withExample(
          `This treatment has ${matches.length} ${page} files (${matches.map((entry) => entry.file).join(', ')}); it needs exactly one.`,
          `keep content/${folder}/${treatment.id}.mdx and delete the others`,
        );
  return [{ file: treatment.file, field: folder, message }];
}

/**
 * A link to a profile that is not there. A name one slip away from a profile is a typing mistake, so
 * the editor is pointed at that profile and not invited to make a second one.
 */
function noProfile(id: string, practitionerIds: ReadonlySet<string>): string {
  const near = closestSpelling(id, practitionerIds);
  if (near !== undefined) {
    return withExample(
      `There is no profile called "${id}" in content/practitioners/, but there is "${near}". Check the spelling.`,
      `- ${near}`,
    );
  }
  return withExample(
    `"${id}" has no profile in content/practitioners/. Write the file name of a profile, without .mdx, or add a profile for them (npm run new -- practitioner "Full Name").`,
    `- ${[...practitionerIds][0] ?? 'karen-evans'}`,
  );
}

/** A treatment not yet on the site because its procedure or aftercare page is not written. */
const isDraft = (treatment: Entry, index: ContentIndex) =>
  [index.procedures, index.aftercare].some(
    (parts) => !parts.some((part) => part.treatment === treatment.id),
  );

/**
 * The treatments kept off the site until their procedure and aftercare pages exist, each with the
 * words the check would give as a mistake, so the editor knows what is left to write.
 */
export function findDraftTreatments(index: ContentIndex): ContentProblem[] {
  return index.treatments
    .filter((treatment) => isDraft(treatment, index))
    .flatMap((treatment) =>
      [
        ...oneFileIn(treatment, index.procedures, 'procedures'),
        ...oneFileIn(treatment, index.aftercare, 'aftercare'),
      ].map((missing) => ({
        ...missing,
        message: `This treatment is a draft: it is not on the site, in the preview or in a publish, until its procedure and aftercare pages are written. ${missing.message}`,
      })),
    );
}

/**
 * Every problem that spans more than one content file, in a stable order. With `allowDrafts`, a
 * treatment without its procedure or aftercare page is a draft (see findDraftTreatments), not a
 * mistake, so making a treatment in the forms leaves the rest of the site working.
 */
export function findCrossFileProblems(index: ContentIndex, allowDrafts = false): ContentProblem[] {
  const treatmentIds = new Set(index.treatments.map((entry) => entry.id));
  const practitionerIds = new Set(index.practitioners.map((entry) => entry.id));
  const unknownPractitioners = index.treatments.flatMap((treatment) =>
    treatment.practitioners.flatMap((id, item) =>
      id === undefined || practitionerIds.has(id)
        ? []
        : [
            {
              file: treatment.file,
              field: `practitioners > item ${item + 1}`,
              path: ['practitioners', item],
              message: noProfile(id, practitionerIds),
            },
          ],
    ),
  );
  return [
    ...unknownPractitioners,
    ...missingTargets(index.procedures, treatmentIds),
    ...missingTargets(index.aftercare, treatmentIds),
    ...index.treatments
      .filter((treatment) => !(allowDrafts && isDraft(treatment, index)))
      .flatMap((treatment) => [
        ...oneFileIn(treatment, index.procedures, 'procedures'),
        ...oneFileIn(treatment, index.aftercare, 'aftercare'),
      ]),
  ];
}
