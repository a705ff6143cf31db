import { z } from 'astro/zod';
import { described } from './error-map.ts';
import type { FieldHelp } from './field-help.ts';

/**
 * A group of fields that refuses any other field, in words an editor can act on, listing the fields
 * it does have so a misspelling is easy to spot. `where` names the group in that message.
 */
export const fieldGroup = <Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  help: FieldHelp & { where: string },
) => described(z.strictObject(shape), help);
