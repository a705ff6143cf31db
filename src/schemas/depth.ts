import { z } from 'astro/zod';
import { described } from './error-map.ts';
import { fieldGroup } from './field-group.ts';
import { found } from './field-help.ts';
import { withExample } from './messages.ts';
import { listOf, PARAGRAPH, requiredText, SHORT_PARAGRAPH } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

const DEPTH_RANGE = 'from 0.1 to 5 millimetres, with at most two figures after the full stop';

/**
 * A needle length in millimetres. Editors sometimes write "1,5mm" or "1.5 mm"; both are refused with
 * the right form so the number shown to clients is never guessed. A page writes the number as it
 * is, so a depth such as 0.0000001 (shown as "1e-7 mm") or 1.333333 is refused too.
 */
export const millimetres = (label: string, example: string) =>
  described(
    z
      .number()
      .positive()
      .max(5)
      .refine((depth) => depth <= 0 || depth >= 0.1, { params: found('outOfRange') })
      // Hundredths as a whole number, allowing for binary fractions: 1.15 * 100 is 114.99999999999999.
      .refine((depth) => Math.abs(depth * 100 - Math.round(depth * 100)) < 1e-9, {
        params: found('outOfRange'),
      }),
    {
      label,
      example,
      shouldBe: 'a number of millimetres, with a full stop for decimals and no unit',
      help: 'In millimetres, with a full stop for decimals.',
      unit: {
        advice: 'A needle depth is always a number of millimetres, so write the number only.',
      },
      ownWords: {
        tooSmall: `${label} must be more than 0 millimetres.`,
        tooBig: `${label} is more than 5 millimetres, too long for a needle. Write the depth in millimetres.`,
        outOfRange: `${label} must be ${DEPTH_RANGE}.`,
      },
    },
  );

/** The depth range used in the clinic. */
export const clinicDepth = fieldGroup(
  {
    min: millimetres('The smallest needle depth used in the clinic', 'min: 1'),
    max: millimetres('The largest needle depth used in the clinic', 'max: 1.5'),
    purpose: requiredText(
      'The reason the clinic uses these depths',
      'purpose: They reach through the whole top layer of skin.',
      SHORT_PARAGRAPH,
    ),
  },
  {
    label: 'The needle depths used in the clinic',
    shouldBe: 'a group with min, max and purpose',
    where: 'needleDepths > clinic',
    example: [
      'clinic:',
      '  min: 1',
      '  max: 1.5',
      '  purpose: They reach through the whole top layer of skin.',
    ].join('\n'),
  },
).refine((depth) => depth.min <= depth.max, {
  error: withExample(
    'The smallest clinic needle depth (min) is more than the largest (max).',
    'min: 1 and max: 1.5',
  ),
  path: ['min'],
});

/** Needle lengths for use at home, with the warning that must go with them. */
export const homeDepth = fieldGroup(
  {
    options: listOf(millimetres('Each needle depth for home use', 'options: [0.25, 0.5]'), 10, {
      label: 'The needle depths for home use',
      example: 'options: [0.25, 0.5]',
      shouldBe: 'a list of millimetres',
      ownWords: { tooFew: 'The needle depths for home use need at least one depth.' },
    }).min(1),
    purpose: requiredText(
      'The purpose of the needles for home use',
      'purpose: They help skincare products soak in.',
      SHORT_PARAGRAPH,
    ),
    warning: requiredText(
      'The warning that goes with home needles',
      'warning: Ask a professional for advice before you start.',
      PARAGRAPH,
    ),
  },
  {
    label: 'The needle depths for use at home',
    shouldBe: 'a group with options, purpose and warning',
    where: 'needleDepths > home',
    example: [
      'home:',
      '  options: [0.25, 0.5]',
      '  purpose: They help skincare products soak in.',
      '  warning: Ask a professional for advice before you start.',
    ].join('\n'),
  },
);

export const needleDepths = fieldGroup(
  {
    howChosen: requiredText(
      'The note on how the needle depth is chosen',
      'howChosen: The depth depends on your skin and the result you want.',
      SHORT_PARAGRAPH,
    ),
    clinic: clinicDepth,
    home: leftOutWhenEmpty(homeDepth),
  },
  {
    label: 'The needle depths',
    shouldBe: 'a group with howChosen, clinic and, if needles can be used at home, home',
    where: 'needleDepths',
    example: [
      'needleDepths:',
      '  howChosen: The depth depends on your skin and the result you want.',
      '  clinic:',
      '    min: 1',
      '    max: 1.5',
      '    purpose: They reach through the whole top layer of skin.',
    ].join('\n'),
  },
);

export type NeedleDepths = z.output<typeof needleDepths>;
