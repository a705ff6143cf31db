/**
 * What changed between two versions of the content folder, one line a file, in the words the forms
 * use: "Treatment: Facial peel, the one-line summary shown on the treatments page and page text".
 * Values are compared as read, not as typed, so a file only written out again gives no line.
 */
import { posix } from 'node:path';
import { COLLECTION_ITEMS, placeOf, SETTINGS_KIND, type ContentPlace } from './content-paths.ts';
import { FIELD_LABELS } from './field-labels.ts';
import { presence, type ChangeLine, type FileChange } from './file-change.ts';
import { nameIn, whatChanged } from './item-changes.ts';
import { photoOwners, type ReadProfile } from './photo-owners.ts';
import { readMdx, readSettings, type Version } from './read-version.ts';

export type { FileChange } from './file-change.ts';

const ITEM_RANKS = Object.keys(COLLECTION_ITEMS).length;
const RANK = { photo: ITEM_RANKS, settings: ITEM_RANKS + 1, other: ITEM_RANKS + 2 };

const PHOTO_WORDS = { added: 'added', removed: 'removed', both: 'replaced' } as const;
const FILE_WORDS = { added: 'added', removed: 'removed', both: 'changed' } as const;

interface ReadFile extends ReadProfile {
  file: FileChange;
  place: ContentPlace;
}

/** How the texts of a file at `place` are read; a photo or any other file is not read. */
function readerAt(place: ContentPlace): ((text: string) => Version) | undefined {
  if (place.holds === 'item') return readMdx;
  return place.holds === 'settings' ? readSettings : undefined;
}

function readFile(file: FileChange): ReadFile {
  const place = placeOf(file.path);
  const read = readerAt(place);
  const versionOf = (text: string | undefined) =>
    text === undefined || read === undefined ? undefined : read(text);
  return {
    file,
    place,
    path: file.path,
    before: versionOf(file.before),
    after: versionOf(file.after),
  };
}

function lineFor(read: ReadFile, owners: ReadonlyMap<string, string>): ChangeLine | undefined {
  const { file, place, path } = read;
  const shown = presence(file);
  if (shown === undefined) return undefined;
  if (place.holds === 'item') {
    const { kind, nameField } = COLLECTION_ITEMS[place.collection];
    const what = whatChanged(read.before, read.after, FIELD_LABELS[place.collection]);
    const name = nameIn(read.after, nameField) ?? nameIn(read.before, nameField) ?? place.fileName;
    const rank = Object.keys(COLLECTION_ITEMS).indexOf(place.collection);
    return what === undefined ? undefined : { rank, name, path, text: `${kind}: ${name}, ${what}` };
  }
  if (place.holds === 'settings') {
    const what = whatChanged(read.before, read.after, FIELD_LABELS.site);
    return what === undefined
      ? undefined
      : { rank: RANK.settings, name: '', path, text: `${SETTINGS_KIND}: ${what}` };
  }
  if (place.holds === 'photo') {
    const owner = owners.get(posix.normalize(path));
    const text = owner ? `Photo of ${owner}` : `Photo: ${path}`;
    return { rank: RANK.photo, name: owner ?? path, path, text: `${text}, ${PHOTO_WORDS[shown]}` };
  }
  return { rank: RANK.other, name: path, path, text: `File: ${path}, ${FILE_WORDS[shown]}` };
}

const byName = new Intl.Collator('en-GB');

const inOrder = (a: ChangeLine, b: ChangeLine) =>
  a.rank - b.rank || byName.compare(a.name, b.name) || byName.compare(a.path, b.path);

/**
 * One line for each file that changed, by kind (treatments, procedures, aftercare, practitioners,
 * photos, the clinic's settings, any other file) and then by name. A file whose text is the same in
 * both versions gives no line, so the list may hold unchanged files too: a photo is named after the
 * profile among them that shows it.
 */
export function describeChanges(files: readonly FileChange[]): string[] {
  const read = files.map(readFile);
  const owners = photoOwners(
    read.filter(({ place }) => place.holds === 'item' && place.collection === 'practitioners'),
  );
  return read
    .flatMap((file) => lineFor(file, owners) ?? [])
    .sort(inOrder)
    .map(({ text }) => text);
}
