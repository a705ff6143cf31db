import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { missingSafetyFacts } from '~/content-check/rules/safety-warnings';
import { partsOfMessage } from '~/schemas/messages';
import { SAFETY_FIELDS, safetyFields } from '~/schemas/safety';

const FULL = {
  consultation: 'We talk about your skin first.',
  notSuitableFor: ['people with a skin infection'],
  risks: ['redness'],
  minimumAge: 18,
};

describe('missingSafetyFacts', () => {
  it('says nothing about a treatment that gives all four', () => {
    expect(missingSafetyFacts([{ file: 'content/treatments/a.mdx', fields: FULL }])).toEqual([]);
  });

  it('names, once per treatment, each safety field it lacks', () => {
    const partial = { consultation: FULL.consultation, notSuitableFor: FULL.notSuitableFor };
    const warnings = missingSafetyFacts([
      { file: 'content/treatments/a.mdx', fields: partial },
      { file: 'content/treatments/b.mdx', fields: {} },
    ]);
    expect(warnings.map(({ file, field }) => [file, field])).toEqual([
      ['content/treatments/a.mdx', 'risks, minimumAge'],
      ['content/treatments/b.mdx', 'consultation, notSuitableFor, risks, minimumAge'],
    ]);
    expect(warnings[0]?.message).toMatchInlineSnapshot(
      `
      "This treatment page does not yet say its side effects and risks (risks) and the youngest age the clinic treats (minimumAge). UK public health pages and advertising rules expect a cosmetic treatment page to say these. Ask the clinic to write them; do not make them up. The example only shows where they go: a [Write ...] left in the file stops the build, so only what the clinic gives is published. For example: risks:
        - '[Write each side effect or risk on its own line, in the words of the clinic]'
      minimumAge: '[Write the youngest age the clinic treats, once the clinic decides it]'"
    `,
    );
  });

  it('gives an example with no fact in it to copy: placeholders the build refuses, and no figures', () => {
    const [warning] = missingSafetyFacts([{ file: 'content/treatments/b.mdx', fields: {} }]);
    const example = partsOfMessage(warning?.message ?? '').example ?? '';
    expect(example).not.toMatch(/\d/);
    const fields = parse(example) as Record<string, unknown>;
    expect(Object.keys(fields)).toEqual(SAFETY_FIELDS);
    const checked = z.strictObject(safetyFields).safeParse(fields);
    expect(checked.error?.issues.map(({ path }) => path[0])).toEqual(SAFETY_FIELDS);
    for (const issue of checked.error?.issues ?? []) {
      expect(issue.message).toMatch(/placeholder text of a new file/);
    }
  });
});
