/**
 * Page text the build cannot turn into a page. MDX reads `{...}` as code and a `<Capitalised>` tag
 * as a component, so a stray curly bracket, an MDX comment or a misspelt box stops the build with a
 * programmer's error. They are found here first and explained.
 */
import { MDX_COMPONENT_NAMES } from '../../schemas/mdx-names.ts';
import { withExample } from '../../schemas/messages.ts';
import { closestSpelling } from '../../schemas/spelling.ts';
import type { YamlSource } from '../files/read-content.ts';
import type { ContentProblem } from '../problem.ts';

const BOXES = MDX_COMPONENT_NAMES.join(', ');

const blank = (part: string) => part.replace(/[^\n]/g, ' ');

/** The text with code blanked out, keeping every line break, so line numbers stay right. */
const withoutCode = (text: string) =>
  text.replace(/^```[\s\S]*?^```/gm, blank).replace(/`[^`\n]*`/g, blank);

// A box's settings, such as do={["Use SPF every day"]}, are meant to be written in brackets.
const withoutBoxSettings = (text: string) =>
  text.replace(/<[A-Z][A-Za-z0-9]*(?:\s(?:[^<>{}]|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*)?\/?>/g, blank);

function unknownBox(name: string): string {
  const near = closestSpelling(name, MDX_COMPONENT_NAMES);
  return withExample(
    `<${name}> is not one of the boxes the page text can use (${BOXES}), so the page cannot be built.${near ? ` Check the spelling.` : ' Write the words as ordinary text, or use one of the boxes.'}`,
    `<${near ?? 'InsetText'}>Keep your skin hydrated every day.</${near ?? 'InsetText'}>`,
  );
}

const CURLY = withExample(
  'The page text has a curly bracket { or }, which the site reads as code, so the page cannot be built. This is also how a note between {/* and */} is written; remove it. Write the words with round brackets, or without brackets.',
  'Avoid make-up (for 24 hours).',
);

/** Every box the site does not have and every curly bracket in `body`, at its line. */
export function findPageTextProblems(file: string, body: YamlSource): ContentProblem[] {
  const text = withoutCode(body.text);
  const lines = text.split('\n');
  const prose = withoutBoxSettings(text).split('\n');
  return lines.flatMap((line, index) => {
    const at = { file, field: 'page text', line: body.linesBefore + index + 1 };
    const boxes = [...line.matchAll(/<\/?([A-Z][A-Za-z0-9]*)/g)]
      .map(([, name = '']) => name)
      .filter((name) => !(MDX_COMPONENT_NAMES as readonly string[]).includes(name));
    return [
      ...[...new Set(boxes)].map((name) => ({ ...at, message: unknownBox(name) })),
      ...(/[{}]/.test(prose[index] ?? '') ? [{ ...at, message: CURLY }] : []),
    ];
  });
}
