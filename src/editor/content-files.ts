/**
 * The files of a content folder as the forms list them: each by the name it gives itself, read
 * through Keystatic's own file API, so a picker shows "Sam Taylor" rather than `sam-taylor`.
 */
import { useEffect, useState } from 'react';
import { parse } from 'yaml';

export interface NamedFile {
  /** The file name without .mdx, which other files link by. */
  slug: string;
  /** The name or title written in the file; its file name when it has none. */
  name: string;
}

// Keystatic's file API answers only requests that carry this header.
const HEADERS = { 'no-cors': '1' };

/** The `field` of a file's frontmatter, when the frontmatter can be read and has it as text. */
function fieldOf(text: string, field: string): string | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  try {
    const value = (parse(frontmatter ?? '') as Record<string, unknown> | null)?.[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

async function namedFiles(folder: string, field: string): Promise<NamedFile[]> {
  const prefix = `content/${folder}/`;
  const response = await fetch('/api/keystatic/tree', { headers: HEADERS });
  const tree = (await response.json()) as { path: string; sha: string }[];
  const files = tree.filter(
    ({ path }) => path.startsWith(prefix) && /^[^/]+\.mdx$/.test(path.slice(prefix.length)),
  );
  const named = await Promise.all(
    files.map(async ({ path, sha }) => {
      const slug = path.slice(prefix.length, -'.mdx'.length);
      const blob = await fetch(`/api/keystatic/blob/${sha}/${path}`, { headers: HEADERS });
      return { slug, name: (blob.ok ? fieldOf(await blob.text(), field) : undefined) ?? slug };
    }),
  );
  return named.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** The files of `folder` by their `field`; undefined until read, and an empty list if unreadable. */
export function useNamedFiles(folder: string, field: string): NamedFile[] | undefined {
  const [files, setFiles] = useState<NamedFile[]>();
  useEffect(() => {
    let current = true;
    namedFiles(folder, field).then(
      (found) => current && setFiles(found),
      () => current && setFiles([]),
    );
    return () => {
      current = false;
    };
  }, [folder, field]);
  return files;
}
