/**
 * Page text is data: Markdown and the site's boxes, nothing that runs as code or reaches the page as
 * raw HTML. Each finding in a body becomes a problem at its line of the file.
 */
import { bodyFindings, type FileLookup } from '../body/body-findings.ts';
import type { YamlSource } from '../files/read-content.ts';
import type { ContentProblem } from '../problem.ts';

/** Every problem in `body`, the text below the frontmatter of `file`. */
export function findPageTextProblems(
  file: string,
  body: YamlSource,
  fileAt: FileLookup,
): ContentProblem[] {
  return bodyFindings(body.text, fileAt).map(({ line, message }) => ({
    file,
    field: 'page text',
    line: body.linesBefore + line,
    message,
  }));
}
