import type { z } from 'astro/zod';
import { NAME, requiredText } from './text.ts';

/**
 * A link to another content file by its file name. The text is checked here, so an editor gets the
 * same words whatever `link` is: Astro's `reference()` in the build, a stand-in in the content check.
 */
export const fileNameOf = <Link extends z.ZodType<unknown, string>>(
  link: Link,
  label: string,
  example: string,
) => requiredText(label, example, NAME).pipe(link);

/** The `treatment` field of a procedure or aftercare file: the treatment the page belongs to. */
export const belongsToTreatment = <Link extends z.ZodType<unknown, string>>(link: Link) =>
  fileNameOf(link, 'The treatment this page belongs to', 'treatment: facial-peel');
