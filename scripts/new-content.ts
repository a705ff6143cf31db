/**
 * `npm run new -- practitioner "Full Name"` and `npm run new -- treatment "Name"`: start new content
 * files, named from the name, in `content/` (or CONTENT_DIR). Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayInZone } from '~/calendar/calendar-date';
import { entryId, fileNameFor } from '~/content-check/rules/file-names';
import { shownPath } from '~/content-check/files/read-content';
import { CLINIC_ZONE } from '~/content-check/rules/review-due';
import { practitionerFile, treatmentFiles, type NewFile } from './content-templates';

const USAGE = `Write what to make and its name in quotes, for example:
  npm run new -- practitioner "Karen Evans"
  npm run new -- treatment "Chemical peel"`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
const name = words.join(' ').trim();
const id = fileNameFor(name);
if ((kind !== 'practitioner' && kind !== 'treatment') || id === '') fail(USAGE);

const root = process.cwd();
const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const files: NewFile[] =
  kind === 'practitioner'
    ? [practitionerFile(name)]
    : treatmentFiles(name, id, todayInZone(CLINIC_ZONE));

// A file with another spelling of the same name (Karen-Evans.mdx, karen-evans.md) counts as taken.
const taken = files.flatMap(({ folder }) => {
  const dir = join(contentDir, folder);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  return names
    .filter((existing) => entryId(existing) === id)
    .map((existing) => shownPath(root, join(dir, existing)));
});
if (taken.length > 0) {
  fail(
    `Nothing was made: ${taken.join(' and ')} already ${taken.length === 1 ? 'exists' : 'exist'}. Edit ${taken.length === 1 ? 'it' : 'them'}, or choose another name.`,
  );
}

for (const { folder, text } of files) {
  const path = join(contentDir, folder, `${id}.mdx`);
  mkdirSync(join(contentDir, folder), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  console.log(`Made ${shownPath(root, path)}`);
}
console.log(
  '\nNext, replace every [Write ...] text in the new files with your own words, square brackets included. Where a number goes, replace the quote marks too. Then run npm run check:content: it lists any placeholder left.\nThe files hold only the fields every page needs. The optional ones (other names, safety facts, working days, qualifications, a photo) are in docs/editing.md, with how to write them.',
);
