/** Every row of the table of mistakes, by kind; a new kind of mistake is a new file listed here. */
import { BODY_MISTAKES } from './body-mistakes';
import { FIELD_MISTAKES } from './field-mistakes';
import type { MistakeRow } from './row';

export type { MistakeRow } from './row';

export const MISTAKES: readonly MistakeRow[] = [...FIELD_MISTAKES, ...BODY_MISTAKES];
