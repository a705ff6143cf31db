/**
 * `npm run check:content`: checks every file in `content/` (or CONTENT_DIR) the way the build does,
 * without building, and prints one block per mistake. Exits with 1 when there is anything to fix.
 */
import { resolve } from 'node:path';
import { checkContent } from '~/content-check/check';
import { shownPath } from '~/content-check/files/read-content';
import { reportOf } from '~/content-check/report';

const root = process.cwd();
const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const check = checkContent(root, contentDir);

console.log(reportOf(check, `${shownPath(root, contentDir)}/`));
process.exitCode = check.problems.length === 0 ? 0 : 1;
