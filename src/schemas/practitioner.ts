import type { z } from 'astro/zod';
import { weekdays } from './date-fields.ts';
import { fieldGroup } from './field-group.ts';
import { withExample } from './messages.ts';
import { LINE, NAME, requiredText, textList } from './text.ts';
import { leftOutWhenEmpty } from './left-out-when-empty.ts';

/**
 * A practitioner profile. Only the name and role are required: nothing about a real person is
 * published unless the clinic has written it down. `photo` is Astro's `image()` in the build, whose
 * declared input is not text, so the content check's stand-in carries the photo's messages.
 */
export const practitionerSchema = <Photo extends z.ZodType>(photo: Photo) =>
  fieldGroup(
    {
      name: requiredText("The practitioner's full name", 'name: Karen Evans', NAME),
      role: requiredText("The practitioner's job title", 'role: Practitioner', NAME),
      photo: photo.optional(),
      photoAlt: requiredText(
        'The words that say what the photo shows, for people who cannot see it',
        'photoAlt: Karen Evans smiling in the treatment room',
        LINE,
      ).optional(),
      qualifications: leftOutWhenEmpty(
        textList(
          "The practitioner's qualifications",
          'Each qualification',
          'qualifications: [Level 4 in skin care]',
          { item: LINE, most: 20 },
        ),
      ),
      workingDays: leftOutWhenEmpty(
        weekdays('The days the practitioner works', 'workingDays: [monday, wednesday]'),
      ),
    },
    {
      label: 'The practitioner file',
      shouldBe: 'a list of fields between two lines of ---',
      where: 'this file',
      example: 'name: Karen Evans',
    },
  ).refine((entry) => entry.photo === undefined || entry.photoAlt !== undefined, {
    error: withExample(
      'A photo needs photoAlt: a few words saying what it shows, for people who cannot see it.',
      'photoAlt: Karen Evans smiling in the treatment room',
    ),
    path: ['photoAlt'],
  });
