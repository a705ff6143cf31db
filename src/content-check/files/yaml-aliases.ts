/**
 * Aliases in YAML (`*name`, and `<<: *name`) repeat a value written elsewhere in the file. Editors
 * have no need of them and the browser forms never write them, but a few lines of them can stand
 * for billions of values ("billion laughs"), which hangs whatever reads them. They are found here
 * without reading any value, before either YAML reader runs.
 */
import { LineCounter, parseDocument, visit } from 'yaml';

export interface AliasAt {
  /** The anchor it repeats, as in `*name`. */
  name: string;
  /** Its line, counting the text's first line as 1. */
  line: number;
}

/** The first alias in `text`, or undefined when it has none. */
export function firstAlias(text: string): AliasAt | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  let found: AliasAt | undefined;
  try {
    visit(document, {
      Alias(_key, alias) {
        found = { name: alias.source, line: lines.linePos(alias.range?.[0] ?? 0).line };
        return visit.BREAK;
      },
    });
  } catch {
    // Nested too deep to walk: the reader that comes next reports that in its own words.
  }
  return found;
}
