/**
 * An example written the way the editor's own file is written. The schemas keep one example per
 * field; a file that writes its lists one item a line should not be answered with `[a, b]`, and a file
 * that writes `{ value: 0, unit: hours }` on one line should not be answered with two lines.
 */
import {
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { YamlSource } from './read-content.ts';

interface Place {
  /** The group or list the field sits in, when the file has it. */
  parent?: Node;
  /** The key of that group in its own parent, as in `end` for `end: { value: 72, unit: hours }`. */
  parentKey?: string;
}

function placeOf(document: Document, path: readonly PropertyKey[]): Place {
  let node: unknown = document.contents;
  let place: Place = {};
  let key: string | undefined;
  for (const step of path) {
    if (!isCollection(node)) break;
    place = { parent: node, ...(key === undefined ? {} : { parentKey: key }) };
    const child: unknown = isMap(node)
      ? node.items.find((item) => isScalar(item.key) && item.key.value === step)?.value
      : isSeq(node) && typeof step === 'number'
        ? node.items[step]
        : undefined;
    key = typeof step === 'string' ? step : undefined;
    node = child;
  }
  return place;
}

/** Whether the file writes more of its nested groups and lists on one line than over several. */
function mostlyOnOneLine(document: Document): boolean {
  let flow = 0;
  let block = 0;
  visit(document, {
    Collection(_key, node, path) {
      if (path.length > 1 && node.flow) flow++;
      else if (path.length > 1) block++;
    },
  });
  return flow > block;
}

const asFlow = (text: string) => text.replace(/\[ /g, '[').replace(/ \]/g, ']');

/** `example` rewritten in the style of `yaml` around `path`; unchanged when it is not plain YAML. */
export function inFileStyle(example: string, yaml: YamlSource, path: readonly PropertyKey[]) {
  const shown = parseDocument(example);
  if (shown.errors.length > 0 || !isCollection(shown.contents)) return example;
  const file = parseDocument(yaml.text);
  const { parent, parentKey } = placeOf(file, path);
  const flow = isCollection(parent) ? parent.flow === true : mostlyOnOneLine(file);
  // Lines of one group (`value: 72` and `unit: hours`) in a file that writes that group on one line.
  const siblings = (keys: Node) =>
    isMap(keys) &&
    isMap(parent) &&
    keys.items.every((item) => isScalar(item.key) && parent.has(item.key.value));
  if (flow && parentKey !== undefined && siblings(shown.contents)) {
    (shown.contents as Node & { flow?: boolean }).flow = true;
    return `${parentKey}: ${asFlow(shown.toString({ lineWidth: 0 }).trim())}`;
  }
  let changed = false;
  visit(shown, {
    Collection(_key, node, nodePath) {
      if (nodePath.length > 1 && (node.flow === true) !== flow) {
        node.flow = flow;
        changed = true;
      }
    },
  });
  return changed ? asFlow(shown.toString({ lineWidth: 0 }).trimEnd()) : example;
}
