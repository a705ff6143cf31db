/** One block of a `_headers` file: a path pattern and the headers sent for the paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line starting with `/` opens a rule,
 * an indented `Name: value` line adds a header to it, `#` lines are comments.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/'))
        throw new Error(`_headers line ${index + 1}: a rule starts with a path, like /_astro/*`);
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const header = /^([\w-]+):\s*(.+)$/.exec(trimmed);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(`_headers line ${index + 1}: expected an indented header under a path, like
  Cache-Control: public, max-age=0, must-revalidate`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

/** Whether a URL path matches a rule's pattern, where `*` stands for any run of characters. */
export function patternMatches(pattern: string, path: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(path);
}

/** The headers a host sends for a path: those of every rule that matches it, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
