import { z } from 'astro/zod';
import { requiredText } from './text';
import { weekdays } from './calendar-date';

/**
 * A practitioner profile. Only the name and role are required: nothing about a real person is
 * published unless the clinic has written it down.
 */
export const practitionerSchema = <Photo extends z.ZodType>(photo: Photo) =>
  z
    .strictObject({
      name: requiredText('name', 'Karen Evans'),
      role: requiredText('role', 'Practitioner'),
      photo: photo.optional(),
      photoAlt: requiredText('photoAlt', 'Karen Evans smiling in the treatment room').optional(),
      qualifications: z
        .array(requiredText('Each qualification', 'Level 4 in skin care'))
        .optional(),
      workingDays: weekdays('workingDays').optional(),
    })
    .refine((entry) => entry.photo === undefined || entry.photoAlt !== undefined, {
      error:
        'A photo needs photoAlt: a few words saying what it shows, for example "Karen Evans in the clinic"',
      path: ['photoAlt'],
    });
