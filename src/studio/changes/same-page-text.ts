/**
 * Whether two page texts say the same, compared as the build's MDX parser reads them: a paragraph
 * wrapped at other places, `*` for `_`, or spaces at the ends of lines change nothing on the page.
 */
import { readBody } from '../../content-check/body/read-body.ts';

interface TreeNode {
  type?: unknown;
  value?: unknown;
  children?: TreeNode[];
}

const withoutPosition = (key: string, value: unknown) => (key === 'position' ? undefined : value);

/**
 * The tree as a line for each part in reading order, with its depth and without where it stands in
 * the text; spaces in running text as HTML shows them. Walked without recursion, as a page can nest
 * thousands deep.
 */
function outline(root: TreeNode): string {
  const lines: string[] = [];
  const toVisit = [{ node: root, depth: 0 }];
  for (let next = toVisit.pop(); next; next = toVisit.pop()) {
    const { children = [], ...parts } = next.node;
    if (parts.type === 'text' && typeof parts.value === 'string') {
      parts.value = parts.value.replace(/\s+/g, ' ');
    }
    lines.push(`${next.depth} ${JSON.stringify(parts, withoutPosition)}`);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      toVisit.push({ node: children[index] as TreeNode, depth: next.depth + 1 });
    }
  }
  return lines.join('\n');
}

/** A text the parser cannot read is compared line by line, without spaces at the ends. */
const trimmedLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

export function samePageText(before: string, after: string): boolean {
  if (before === after) return true;
  const [a, b] = [readBody(before), readBody(after)];
  if (a.readable && b.readable) return outline(a.root) === outline(b.root);
  return !a.readable && !b.readable && trimmedLines(before) === trimmedLines(after);
}
