import type { TreeEntry } from '../server/save-guard.ts';

/**
 * What the studio server hands the forms app with each request (Astro's `locals`), so the forms'
 * reads and saves go through the studio: the list of files is cut to the content folder, and a save
 * is checked against other people's changes and recorded in the history.
 */
export interface FormsHooks {
  tree(entries: TreeEntry[]): TreeEntry[];
  save(paths: string[], write: () => Promise<Response>): Promise<Response>;
}

/** The files a Keystatic save writes and deletes, from its request body; undefined when unreadable. */
export function pathsOfSave(body: unknown): string[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { additions, deletions } = body as { additions?: unknown; deletions?: unknown };
  if (!Array.isArray(additions) || !Array.isArray(deletions)) return undefined;
  const paths: string[] = [];
  for (const item of [...additions, ...deletions] as unknown[]) {
    const path = (item as { path?: unknown } | null)?.path;
    if (typeof path !== 'string') return undefined;
    paths.push(path);
  }
  return paths;
}

/**
 * The parts of an API address as Keystatic's handler reads them: after `/api/keystatic/`, split
 * at `/`, each decoded, empty ones dropped. Undefined when a part cannot be decoded.
 */
export function keystaticRoute(url: string): string[] | undefined {
  try {
    return new URL(url).pathname
      .replace(/^\/api\/keystatic\/?/, '')
      .split('/')
      .map((part) => decodeURIComponent(part))
      .filter(Boolean);
  } catch {
    return undefined;
  }
}
