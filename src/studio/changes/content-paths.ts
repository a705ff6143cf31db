/** What a file in the repository is to an editor, by its path alone. */
import { posix } from 'node:path';
import type { CollectionName } from '../../content-check/files/read-content.ts';
import type { PageKind } from '../../lib/page-kinds.ts';

/** Each collection's kind of item and the field its items are named by, in the forms' order. */
export const COLLECTION_ITEMS = {
  treatments: { kind: 'Treatment', nameField: 'name' },
  procedures: { kind: 'Procedure', nameField: 'treatment' },
  aftercare: { kind: 'Aftercare', nameField: 'treatment' },
  practitioners: { kind: 'Practitioner', nameField: 'name' },
} as const satisfies Record<CollectionName, { kind: PageKind; nameField: string }>;

const SETTINGS_PATH = 'content/site.yaml';

/** What the forms call the settings in `content/site.yaml`. */
export const SETTINGS_KIND = 'Clinic settings';

export type ContentPlace =
  | { holds: 'item'; collection: CollectionName; fileName: string }
  | { holds: 'settings' }
  | { holds: 'photo' }
  | { holds: 'other' };

// Any picture an editor might put in the content folder, including ones the site refuses.
const PICTURE = /\.(jpe?g|png|webp|avif|gif|svg|heic|heif|tiff?|bmp)$/i;

const isCollection = (name: string | undefined): name is CollectionName =>
  name !== undefined && Object.hasOwn(COLLECTION_ITEMS, name);

/** The build reads only `content/<collection>/<name>.mdx` and `content/site.yaml`. */
export function placeOf(path: string): ContentPlace {
  const normal = posix.normalize(path);
  if (normal === SETTINGS_PATH) return { holds: 'settings' };
  if (normal.startsWith('content/') && PICTURE.test(normal)) return { holds: 'photo' };
  const [top, collection, fileName, ...deeper] = normal.split('/');
  if (
    top === 'content' &&
    isCollection(collection) &&
    fileName?.endsWith('.mdx') &&
    deeper.length === 0
  ) {
    return { holds: 'item', collection, fileName };
  }
  return { holds: 'other' };
}
