/**
 * The layout of the blocks the build and the content check print: a label, then its value, with
 * the lines of a long value under the first.
 */

const INDENT = '  ';
const LABEL_WIDTH = 10;

/** A labelled line; a value of several lines keeps its own indents under the first. */
export function labelled(label: string, value: string): string {
  const [first = '', ...rest] = value.split('\n');
  const continuation = INDENT + ' '.repeat(LABEL_WIDTH);
  return [
    `${INDENT}${`${label}:`.padEnd(LABEL_WIDTH)}${first}`,
    ...rest.map((line) => continuation + line),
  ].join('\n');
}
