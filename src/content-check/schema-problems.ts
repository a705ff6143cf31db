/** A schema's complaints about one file, as problems an editor can find: field, line and message. */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';
import type { YamlSource } from './files/read-content.ts';
import { inFileStyle } from './files/example-style.ts';
import { lineOfField } from './files/yaml-lines.ts';
import { partsOfMessage, withExample } from '../schemas/messages.ts';

/** The message with its example written as the editor's file is written. */
function inStyleOfFile(message: string, yaml: YamlSource, path: readonly PropertyKey[]) {
  const { problem, example } = partsOfMessage(message);
  return example === undefined ? message : withExample(problem, inFileStyle(example, yaml, path));
}

/** `['timeline', 1, 'start']` → `timeline > item 2 > start`, counting list items from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'whole file';
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(' > ');
}

export function schemaProblems(
  file: string,
  yaml: YamlSource | undefined,
  issues: readonly z.core.$ZodIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    // An unknown field is reported at the field itself, not at the group that refused it.
    const [firstKey, ...otherKeys] = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = firstKey === undefined ? issue.path : [...issue.path, firstKey];
    const line = yaml && lineOfField(yaml, path);
    return {
      file,
      field: [fieldName(path), ...otherKeys].join(', '),
      message: yaml ? inStyleOfFile(issue.message, yaml, path) : issue.message,
      ...(line === undefined ? {} : { line }),
    };
  });
}
