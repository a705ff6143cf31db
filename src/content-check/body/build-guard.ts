/**
 * The build's own refusal of page text that is code or raw HTML, run inside the Markdown and MDX
 * compilers. The content check refuses the same text first, with its line and a way to fix it; this
 * guard is there for whatever reaches the compiler without that check, such as a file saved while
 * the preview runs, so a body is never compiled into code that runs.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { partsOfMessage } from '../../schemas/messages.ts';
import { treeFindings } from './body-findings.ts';

/** Files are the content check's to look at; the guard looks only at what the text itself holds. */
const filesLeftToTheCheck = () => 'picture' as const;

/** A Sätteri plugin that stops the compile of a body holding anything the content check refuses. */
export const pageTextGuard: MdastPluginDefinition = {
  name: 'page-text-guard',
  options: { position: true },
  before(root, context) {
    const findings = treeFindings(root, filesLeftToTheCheck);
    const first = findings[0];
    if (!first) return;
    const file = context.fileURL ? fileURLToPath(context.fileURL) : 'page text';
    throw Object.assign(
      new Error(
        `${file}, line ${first.line}: ${partsOfMessage(first.message).problem} Run npm run check:content to see every mistake and how to fix it.`,
      ),
      { stack: '' },
    );
  },
};
