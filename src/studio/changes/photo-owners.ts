/** Whose photo a picture is, from the profiles that show it. */
import { posix } from 'node:path';
import { nameIn } from './item-changes.ts';
import type { Version } from './read-version.ts';

export interface ReadProfile {
  path: string;
  before: Version | undefined;
  after: Version | undefined;
}

/** The picture a profile's `photo` field names, from the repository's root. */
function photoPath(profilePath: string, version: Version | undefined): string | undefined {
  const photo = version?.readable ? version.fields['photo'] : undefined;
  return typeof photo === 'string' ? posix.join(posix.dirname(profilePath), photo) : undefined;
}

/** Each picture's path, with the name of the practitioner it shows; a newer version wins. */
export function photoOwners(profiles: readonly ReadProfile[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const side of ['before', 'after'] as const) {
    for (const profile of profiles) {
      const photo = photoPath(profile.path, profile[side]);
      const name = nameIn(profile[side], 'name');
      if (photo !== undefined && name !== undefined) owners.set(photo, name);
    }
  }
  return owners;
}
