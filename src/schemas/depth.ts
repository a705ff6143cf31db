import { z } from 'astro/zod';
import { requiredText } from './text';

/**
 * A needle length in millimetres. Editors sometimes write "1,5mm" or "1.5 mm"; both are refused with
 * the right form so the number shown to clients is never guessed.
 */
export const millimetres = (field: string) =>
  z
    .number({
      error: `${field} must be a number of millimetres with a full stop and no unit, for example 1.5`,
    })
    .positive({ error: `${field} must be more than 0 mm, for example 0.5` })
    .max(5, { error: `${field} looks too long for a needle; write millimetres, for example 1.5` });

/** The depth range used in the clinic. */
export const clinicDepth = z
  .strictObject({
    min: millimetres('The smallest clinic needle depth (needleDepths.clinic.min)'),
    max: millimetres('The largest clinic needle depth (needleDepths.clinic.max)'),
    purpose: requiredText(
      'Why this depth is used (needleDepths.clinic.purpose)',
      'It reaches through the whole top layer of skin.',
    ),
  })
  .refine((depth) => depth.min <= depth.max, {
    error:
      'needleDepths.clinic.min must not be more than needleDepths.clinic.max, for example min: 1 and max: 1.5',
    path: ['min'],
  });

/** Needle lengths sold for use at home, with the warning that must go with them. */
export const homeDepth = z.strictObject({
  options: z
    .array(millimetres('Each home needle depth (needleDepths.home.options)'), {
      error: 'needleDepths.home.options must be a list of millimetres, for example [0.25, 0.5]',
    })
    .min(1, {
      error: 'needleDepths.home.options needs at least one depth, for example [0.25, 0.5]',
    }),
  purpose: requiredText(
    'What home needles are for (needleDepths.home.purpose)',
    'They help skincare products soak in.',
  ),
  warning: requiredText(
    'The warning for home use (needleDepths.home.warning)',
    'Ask a professional before you start.',
  ),
});

export const needleDepths = z.strictObject({
  howChosen: requiredText(
    'How the depth is chosen (needleDepths.howChosen)',
    'The depth depends on your skin and the result you want.',
  ),
  clinic: clinicDepth,
  home: homeDepth.optional(),
});

export type NeedleDepths = z.output<typeof needleDepths>;
