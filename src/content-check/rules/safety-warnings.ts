/** A treatment page without its safety facts still builds, but the editor is told what to ask for. */
import { withExample } from '../../schemas/messages.ts';
import { SAFETY_FIELDS, SAFETY_PLACEHOLDERS } from '../../schemas/safety.ts';
import type { ContentProblem } from '../problem.ts';
import { formatAndList } from '../../lib/lists.ts';

const WHAT_THEY_SAY = {
  consultation: 'what happens at the consultation before a first session (consultation)',
  notSuitableFor: 'who it is not suitable for (notSuitableFor)',
  risks: 'its side effects and risks (risks)',
  minimumAge: 'the youngest age the clinic treats (minimumAge)',
} satisfies Record<(typeof SAFETY_FIELDS)[number], string>;

export interface CheckedTreatment {
  file: string;
  fields: Record<string, unknown>;
}

/** One warning for each treatment that lacks any of the safety fields, naming the ones it lacks. */
export function missingSafetyFacts(treatments: readonly CheckedTreatment[]): ContentProblem[] {
  return treatments.flatMap(({ file, fields }) => {
    const missing = SAFETY_FIELDS.filter((field) => fields[field] === undefined);
    if (missing.length === 0) return [];
    return [
      {
        file,
        field: missing.join(', '),
        message: withExample(
          `This treatment page does not yet say ${formatAndList(missing.map((field) => WHAT_THEY_SAY[field]))}. UK public health pages and advertising rules expect a cosmetic treatment page to say these. Ask the clinic to write them; do not make them up. The example only shows where they go: a [Write ...] left in the file stops the build, so only what the clinic gives is published.`,
          missing.map((field) => SAFETY_PLACEHOLDERS[field]).join('\n'),
        ),
      },
    ];
  });
}
