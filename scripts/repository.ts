import { resolve } from 'node:path';

/** The project's root folder, for scripts, the benchmark and tests alike. */
export const REPOSITORY = resolve(import.meta.dirname, '..');
