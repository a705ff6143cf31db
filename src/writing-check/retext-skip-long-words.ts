/**
 * Runs before the spell checker: a "word" longer than any real one (a pasted code, a held-down key)
 * is taken out of the words, as finding suggestions for it would take the spell checker minutes.
 * Content is untrusted input, so the check must stay fast whatever is typed.
 */
import type { Node, Parent, Root } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** Longer than the longest words a health page uses ("electrocardiographically" is 24). */
export const LONGEST_WORD = 30;

function skipIn(node: Node) {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.map((child) => {
    if (child.type === 'WordNode' && toString(child).length > LONGEST_WORD) {
      const { position } = child;
      return { type: 'SymbolNode', value: toString(child), ...(position ? { position } : {}) };
    }
    skipIn(child);
    return child;
  }) as typeof parent.children;
}

/** Leaves words over `LONGEST_WORD` characters out of the spelling check. */
export default function retextSkipLongWords() {
  return (tree: Root) => skipIn(tree);
}
