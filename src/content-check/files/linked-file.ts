/**
 * What a link or picture in page text finds on disk. Only plain files inside the content folder
 * count: a path that climbs out of it, or a symbolic link, could reach any file on the machine.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { FileAtLink, FileLookup } from '../body/body-findings.ts';
import { isPicture } from './photo-file.ts';

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** Looks up paths written in the page at `pagePath`, inside `contentDir`. */
export function filesNextTo(pagePath: string, contentDir: string): FileLookup {
  return (written): FileAtLink => {
    const path = resolve(dirname(pagePath), written);
    if (!isInside(resolve(contentDir), path)) return 'outside content';
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile()) return 'missing';
    // A folder on the way may itself be a link to somewhere else.
    if (!isInside(realpathSync(contentDir), realpathSync(path))) return 'outside content';
    return isPicture(path) ? 'picture' : 'not a picture';
  };
}
