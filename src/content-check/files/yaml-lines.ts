/**
 * Line numbers for fields, so an editor is sent to the right line of a long file. The `yaml` package
 * keeps the position of every key; the values themselves are read elsewhere, as the build reads them.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { YamlSource } from './read-content.ts';

// The writing check asks for the line of every text field, so each file is parsed once.
const parsed = new WeakMap<YamlSource, { contents: unknown; lines: LineCounter }>();

function parsedOnce(yaml: YamlSource) {
  let found = parsed.get(yaml);
  if (!found) {
    const lines = new LineCounter();
    found = { contents: parseDocument(yaml.text, { lineCounter: lines }).contents, lines };
    parsed.set(yaml, found);
  }
  return found;
}

/** The line of the field at `path` (its key, or its list item), or undefined when it is not there. */
export function lineOfField(yaml: YamlSource, path: readonly PropertyKey[]): number | undefined {
  const { contents, lines } = parsedOnce(yaml);
  let node: unknown = contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair || !isScalar(pair.key)) return undefined;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!isScalar(item) && !isMap(item) && !isSeq(item)) return undefined;
      offset = item.range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return offset === undefined ? undefined : yaml.linesBefore + lines.linePos(offset).line;
}

/** The text of a line of the file, by its line number. */
export const lineText = (yaml: YamlSource, line: number) =>
  yaml.text.split('\n')[line - yaml.linesBefore - 1] ?? '';

/** The field named at the start of a line of YAML, such as `summary` in `summary: Tiny needles`. */
export const keyOnLine = (yaml: YamlSource, line: number) =>
  /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(lineText(yaml, line))?.[1];
