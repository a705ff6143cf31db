/** Which form the editor is in, for the writing check to read a field as the content check does. */
/** Where a form is, from its address: `/keystatic/collection/<name>/item/<entry>`. */
export function placeOf(pathname: string): { collection: string; entry?: string } {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'keystatic') return { collection: '' };
  if (parts[1] === 'singleton') return { collection: parts[2] ?? '' };
  if (parts[1] !== 'collection') return { collection: '' };
  const entry = parts[3] === 'item' ? parts[4] : undefined;
  return entry === undefined
    ? { collection: parts[2] ?? '' }
    : { collection: parts[2] ?? '', entry };
}
