/**
 * A retext plugin for the advertising rules: each sentence is read as the reader reads it (across
 * emphasis and links), and every rule's pattern that matches it becomes a message at its words.
 */
import type { Node, Parent, Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { CLAIM_RULES } from './claim-rules.ts';

export const CLAIMS_SOURCE = 'advertising-rules';

type Point = NonNullable<Node['position']>['start'];

interface Leaf {
  from: number;
  to: number;
  start?: Point | undefined;
  end?: Point | undefined;
}

/** The sentence's leaves in order, with where each one's text sits in the sentence's words. */
function leavesOf(sentence: Sentence): Leaf[] {
  const leaves: Leaf[] = [];
  let offset = 0;
  const walk = (node: Node) => {
    if ('children' in node) {
      for (const child of (node as Parent).children) walk(child);
      return;
    }
    const length = toString(node as never).length;
    leaves.push({
      from: offset,
      to: offset + length,
      start: node.position?.start,
      end: node.position?.end,
    });
    offset += length;
  };
  walk(sentence);
  return leaves;
}

function sentencesOf(node: Node): Sentence[] {
  if (node.type === 'SentenceNode') return [node as Sentence];
  return 'children' in node ? (node as Parent).children.flatMap(sentencesOf) : [];
}

/**
 * Where a rule's patterns match in the text, overlapping matches joined into one: "book today only"
 * is one piece of pressure to book, and "the best result" one claim to be the best.
 */
function spansOf(pattern: RegExp, text: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  const search = new RegExp(pattern);
  for (let match = search.exec(text); match; match = search.exec(text)) {
    search.lastIndex = match.index + 1;
    const to = match.index + match[0].length;
    const last = spans.at(-1);
    if (last && match.index < last.to) last.to = Math.max(last.to, to);
    else spans.push({ from: match.index, to });
  }
  return spans;
}

function checkSentence(sentence: Sentence, file: VFile) {
  const text = toString(sentence);
  let leaves: Leaf[] | undefined;
  CLAIM_RULES.forEach((rule, index) => {
    for (const { from, to } of spansOf(rule.pattern, text)) {
      leaves ??= leavesOf(sentence);
      const start = leaves.find((leaf) => leaf.to > from)?.start;
      const end = leaves.findLast((leaf) => leaf.from < to)?.end;
      const words = text.slice(from, to);
      const message = file.message(`${rule.kind}: ${words}`, {
        ...(start && end ? { place: { start, end } } : {}),
        ruleId: String(index),
        source: CLAIMS_SOURCE,
      });
      message.actual = words;
      message.fatal = rule.stops;
    }
  });
}

/** Adds a message for each claim the advertising rules question. */
export default function retextClaims() {
  return (tree: Root, file: VFile) => {
    for (const sentence of sentencesOf(tree)) checkSentence(sentence, file);
  };
}
