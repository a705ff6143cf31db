import { config } from '@keystatic/core';
import { aftercare, practitioners, procedures, site, treatments } from './src/editor/collections';

// Files stay on this computer; publishing is the same git commit as for a file edited by hand.
export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'Clinic treatments' } },
  collections: { treatments, procedures, aftercare, practitioners },
  singletons: { site },
});
