import { describe, expect, it } from 'vitest';
import { missingSafetyFacts } from '~/content-check/rules/safety-warnings';

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
      `"This treatment page does not yet say its side effects and risks (risks) and the youngest age the clinic treats (minimumAge). UK public health pages and advertising rules expect a cosmetic treatment page to say these. Ask the clinic to write them; do not make them up. For example: minimumAge: 18"`,
    );
  });
});
