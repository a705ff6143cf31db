/**
 * What a YAML reader's complaint means for an editor. js-yaml (MDX frontmatter) and the `yaml` package
 * (`site.yaml`) word their errors differently; both are matched here, and where the fix is to quote
 * the text, the example is the editor's own line with the quotes added.
 */
import { withExample } from '../../schemas/messages.ts';
import type { YamlSource } from '../files/read-content.ts';
import { keyOnLine, lineText } from '../files/yaml-lines.ts';

export interface YamlMistake {
  line: number;
  /** The field on that line, or the line itself when it names none. */
  field: string;
  message: string;
}

const VALUE = /^(\s*(?:-\s+)?[A-Za-z][\w-]*:\s+)(.+?)\s*$/;

/** `summary: It's: fine` → `summary: "It's: fine"`, for a line whose text needs quotes. */
function quotedLine(line: string): string | undefined {
  const [, key = '', value = ''] = VALUE.exec(line) ?? [];
  if (!value) return undefined;
  const quote = /^['"]/.test(value) ? value.charAt(0) : '';
  const closed = quote !== '' && value.length > 1 && value.endsWith(quote);
  const text = quote ? value.slice(1, closed ? -1 : undefined) : value;
  return `${key.trimStart()}"${text.replaceAll('"', '\\"')}"`;
}

// A reader only notices an unclosed quote where the text ends; the editor needs the line it opens on.
function lineOfOpenQuote(yaml: YamlSource, fallback: number): number {
  const index = yaml.text.split('\n').findIndex((line) => {
    const value = VALUE.exec(line)?.[2] ?? '';
    return /^['"]/.test(value) && !value.endsWith(value.charAt(0));
  });
  return index === -1 ? fallback : yaml.linesBefore + index + 1;
}

// A reader notices a second document where it starts; the editor needs the line that ended the first.
function lineOfDocumentEnd(yaml: YamlSource, fallback: number): number {
  const index = yaml.text
    .split('\n')
    .slice(0, fallback - yaml.linesBefore)
    .findLastIndex((text) => /^(\.\.\.|---)\s*$/.test(text));
  return index === -1 ? fallback : yaml.linesBefore + index + 1;
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/**
 * The line above a badly indented one and the line itself moved under it, as the file's own example:
 * a field lines up with the field above, or sits two spaces in when that field opens a group.
 */
function reindented(yaml: YamlSource, line: number): string | undefined {
  const text = lineText(yaml, line);
  const above = yaml.text
    .split('\n')
    .slice(0, line - yaml.linesBefore - 1)
    .findLast((candidate) => candidate.trim() !== '' && !candidate.trimStart().startsWith('#'));
  if (above === undefined || (!VALUE.test(text) && !/:\s*$/.test(text))) return undefined;
  const indent = indentOf(above) + (/:\s*$/.test(above) ? 2 : 0);
  return `${above}\n${' '.repeat(indent)}${text.trimStart()}`;
}

function explanationOf(reason: string, yaml: YamlSource, line: number) {
  if (/^the alias \*/.test(reason)) {
    return {
      line,
      problem:
        'This line repeats a value from elsewhere in the file with a YAML alias (a name after *). The site does not read aliases: write the value out in full here.',
      example: 'areas: [face, neck]',
    };
  }
  if (/maxDepth|call stack/i.test(reason)) {
    return {
      line,
      problem:
        'Lists in square brackets [ ] or groups in curly brackets { } are put inside each other too many times on this line. Write the list out, with each item once.',
      example: 'areas: [face, neck]',
    };
  }
  if (/single document|multiple documents/i.test(reason)) {
    return {
      line: lineOfDocumentEnd(yaml, line),
      problem:
        'A line of three dots (...) or three dashes (---) ends the fields here, so the lines after it cannot be read. Delete that line.',
      example: 'name: Facial peel\nsummary: A peel removes dead skin.',
    };
  }
  if (/duplicated mapping key|must be unique/i.test(reason)) {
    return {
      line,
      problem: 'This field is written twice in the same place. Keep one of the two lines.',
      example: 'name: Facial peel (written once)',
    };
  }
  if (/tab/i.test(reason)) {
    return {
      line,
      problem: 'This line is indented with a tab. Use spaces at the start of lines.',
      example: 'unit: weeks, with two spaces before it and no tab',
    };
  }
  if (/flow collection|flow sequence|flow mapping/i.test(reason)) {
    return {
      line,
      problem:
        'A list in square brackets [ ] or a group in curly brackets { } is not closed, or its items are not separated by commas.',
      example: 'areas: [face, neck]',
    };
  }
  if (/quoted scalar|closing "?quote/i.test(reason)) {
    const opens = lineOfOpenQuote(yaml, line);
    return {
      line: opens,
      problem: 'A quote mark at the start of the text on this line is not closed at its end.',
      example: quotedLine(lineText(yaml, opens)) ?? 'summary: "Tiny needles: a short treatment."',
    };
  }
  const text = lineText(yaml, line);
  const value = VALUE.exec(text)?.[2] ?? '';
  const quoted = quotedLine(text);
  // A value with ": " in it, or a quote mark inside quotes, is the usual cause; quotes fix both.
  if (quoted && (value.includes(': ') || /^['"]/.test(value))) {
    return {
      line,
      problem:
        'The text on this line has a colon followed by a space, or a quote mark, so it is read as something other than text. Put the whole text in double quotes.',
      example: quoted,
    };
  }
  return {
    line,
    problem:
      'This line cannot be read. Check it starts with the same number of spaces as the other fields in its group.',
    example: reindented(yaml, line) ?? 'sessionInterval:\n  value: 6\n  unit: weeks',
  };
}

/** A YAML reader's complaint at `line` as an editor's mistake; the reader's words stay for a helper. */
export function explainYamlError(yaml: YamlSource, line: number, reason: string): YamlMistake {
  const explained = explanationOf(reason, yaml, line);
  return {
    line: explained.line,
    field: keyOnLine(yaml, explained.line) ?? `line ${explained.line}`,
    message: withExample(
      `${explained.problem} (The file reader says: "${reason}".)`,
      explained.example,
    ),
  };
}
