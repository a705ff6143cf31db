/**
 * Page text read as the build reads it: the same MDX parser (Sätteri, which `@astrojs/mdx` compiles
 * with), so the content check and the build never disagree about what a body holds.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export type BodyTree =
  | { readable: true; root: MdastNode }
  | { readable: false; line: number; column: number; reason: string };

// The parser's message starts `line:column:` and ends with its rule's code in brackets.
const PARSE_ERROR = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/;

/** The tree of `text`, or where and why the parser could not read it. */
export function readBody(text: string): BodyTree {
  try {
    return { readable: true, root: mdxToMdast(text, { features: { frontmatter: false } }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1', reason = message] = PARSE_ERROR.exec(message) ?? [];
    return { readable: false, line: Number(line), column: Number(column), reason };
  }
}
