import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { describeChanges, type FileChange } from '~/studio/changes/describe-changes';
import { AFTERCARE, edited, KAREN, PROCEDURE, realText, SETTINGS, TREATMENT } from './real-content';

const treatment = realText(TREATMENT);
const procedure = realText(PROCEDURE);
const aftercare = realText(AFTERCARE);
const karen = realText(KAREN);
const settings = realText(SETTINGS);

const changed = (path: string, before: string, after: string): FileChange => ({
  path,
  before,
  after,
});

const karenWithPhoto = edited(
  karen,
  'role: Practitioner',
  'role: Practitioner\nphoto: ./karen-evans.jpg',
);

/** The treatment as the forms might write it out again: other quoting, order and line breaks. */
function writtenAgain(text: string): string {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text) ?? [];
  const fields = Object.entries(load(yaml) as Record<string, unknown>)
    .filter(([, value]) => !Array.isArray(value) || value.length > 0)
    .map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 10) : value])
    .reverse();
  const rewritten = dump(Object.fromEntries(fields), { lineWidth: -1, forceQuotes: true });
  const unwrapped = body.replace(/([^\n])\n(?=[^\n#])/g, '$1 ');
  return `---\n${rewritten}---\n\n${unwrapped}\n\n`;
}

const cases: { name: string; files: FileChange[]; lines: string[] }[] = [
  {
    name: 'a summary changed',
    files: [
      changed(
        TREATMENT,
        treatment,
        edited(treatment, 'Tiny sterile needles', 'Fine sterile needles'),
      ),
    ],
    lines: ['Treatment: Microneedling, the one-line summary shown on the treatments page'],
  },
  {
    name: 'the page text changed',
    files: [
      changed(
        TREATMENT,
        treatment,
        edited(treatment, 'mostly used on the face', 'used on the face'),
      ),
    ],
    lines: ['Treatment: Microneedling, page text'],
  },
  {
    name: 'a field and the page text changed',
    files: [
      changed(
        TREATMENT,
        treatment,
        edited(
          edited(treatment, 'Tiny sterile', 'Fine sterile'),
          '## Where it is used',
          '## Where',
        ),
      ),
    ],
    lines: [
      'Treatment: Microneedling, the one-line summary shown on the treatments page and page text',
    ],
  },
  {
    name: 'two fields changed, named in the order the form shows them',
    files: [
      changed(
        PROCEDURE,
        procedure,
        edited(
          edited(procedure, 'nextReview: 2027-11-27', 'nextReview: 2027-06-01'),
          'cleansed twice',
          'cleansed',
        ),
      ),
    ],
    lines: [
      'Procedure: microneedling, the steps of a session and the date this page is next due to be checked',
    ],
  },
  {
    name: 'a practitioner added and another removed',
    files: [
      {
        path: 'content/practitioners/sam-taylor.mdx',
        after: edited(karen, 'Karen Evans', 'Sam Taylor'),
      },
      { path: KAREN, before: karen },
    ],
    lines: ['Practitioner: Karen Evans, removed', 'Practitioner: Sam Taylor, added'],
  },
  {
    name: 'an aftercare page removed, named by its treatment, as the forms name it',
    files: [{ path: AFTERCARE, before: aftercare }],
    lines: ['Aftercare: microneedling, removed'],
  },
  {
    name: 'closures in the clinic settings',
    files: [
      changed(
        SETTINGS,
        settings,
        edited(settings, 'closures: []', 'closures:\n  - from: 2026-12-24\n    to: 2026-12-27'),
      ),
    ],
    lines: ['Clinic settings: the days the clinic is closed'],
  },
  {
    name: 'opening hours and closures in the clinic settings',
    files: [
      changed(
        SETTINGS,
        settings,
        edited(
          edited(settings, 'openingHours: {}', 'openingHours:\n  monday: 9am to 5pm'),
          'closures: []',
          'closures:\n  - from: 2026-12-24\n    to: 2026-12-27',
        ),
      ),
    ],
    lines: ["Clinic settings: the clinic's opening hours and the days the clinic is closed"],
  },
  {
    name: 'page text nested thousands deep, which is compared without running out of stack',
    files: [changed(TREATMENT, treatment, `${treatment}\n${'>'.repeat(5000)} Deep\n`)],
    lines: ['Treatment: Microneedling, page text'],
  },
  {
    name: 'a treatment only written out again',
    files: [changed(TREATMENT, treatment, writtenAgain(treatment))],
    lines: [],
  },
  {
    name: 'the clinic settings only written out again',
    files: [
      changed(
        SETTINGS,
        settings,
        `# The clinic\n${dump(load(settings), { flowLevel: 0, sortKeys: true })}`.replace(
          'closures: []',
          '',
        ),
      ),
    ],
    lines: [],
  },
  {
    name: 'a file the same in both versions',
    files: [changed(KAREN, karen, karen)],
    lines: [],
  },
  {
    name: 'frontmatter that cannot be read',
    files: [
      changed(TREATMENT, treatment, edited(treatment, 'summary: >-', 'summary: >-\n\tTabbed')),
    ],
    lines: ['Treatment: Microneedling, could not be read: it has a mistake'],
  },
  {
    name: 'a YAML alias, which is never read',
    files: [
      changed(
        KAREN,
        karen,
        edited(karen, 'role: Practitioner', 'role: &job Practitioner\nphotoAlt: *job'),
      ),
    ],
    lines: ['Practitioner: Karen Evans, could not be read: it has a mistake'],
  },
  {
    name: 'a new file that cannot be read, named by its file name',
    files: [{ path: 'content/treatments/peel.mdx', after: 'name: Peel\n' }],
    lines: ['Treatment: peel.mdx, added, but it could not be read: it has a mistake'],
  },
  {
    name: 'a mistake put right',
    files: [changed(KAREN, edited(karen, 'name: Karen', 'name: [Karen'), karen)],
    lines: ['Practitioner: Karen Evans, mistake put right'],
  },
  {
    name: 'clinic settings that cannot be read',
    files: [changed(SETTINGS, settings, `${settings}\nclosures: [`)],
    lines: ['Clinic settings: could not be read: it has a mistake'],
  },
  {
    name: 'a photo added with its profile',
    files: [
      { path: 'content/practitioners/karen-evans/photo.jpg', after: 'c0ffee' },
      changed(
        KAREN,
        karen,
        edited(karen, 'role: Practitioner', 'role: Practitioner\nphoto: ./karen-evans/photo.jpg'),
      ),
    ],
    lines: ["Practitioner: Karen Evans, the practitioner's photo", 'Photo of Karen Evans, added'],
  },
  {
    name: 'a photo replaced, named by its profile given unchanged',
    files: [
      changed('content/practitioners/karen-evans.jpg', 'c0ffee', 'decaf0'),
      changed(KAREN, karenWithPhoto, karenWithPhoto),
    ],
    lines: ['Photo of Karen Evans, replaced'],
  },
  {
    name: 'a photo no profile shows',
    files: [{ path: 'content/practitioners/new-face.png', before: 'c0ffee' }],
    lines: ['Photo: content/practitioners/new-face.png, removed'],
  },
  {
    name: 'a file the build does not read',
    files: [{ path: 'content/treatments/notes.txt', after: 'Ask Karen about prices.' }],
    lines: ['File: content/treatments/notes.txt, added'],
  },
];

describe('what changed, in words', () => {
  it.each(cases)('$name', ({ files, lines }) => {
    expect(describeChanges(files)).toEqual(lines);
  });
});

describe('the order of the lines', () => {
  it('lists by kind, then by name, whatever order the files come in', () => {
    const files: FileChange[] = [
      { path: 'content/words.txt', after: 'microneedling' },
      changed(
        SETTINGS,
        settings,
        edited(settings, 'clinicName: The Skin Clinic', 'clinicName: Skin'),
      ),
      {
        path: 'content/practitioners/zoe-adams.mdx',
        after: edited(karen, 'Karen Evans', 'Zoë Adams'),
      },
      {
        path: 'content/practitioners/amir-khan.mdx',
        after: edited(karen, 'Karen Evans', 'Amir Khan'),
      },
      { path: 'content/practitioners/amir-khan.jpg', after: 'c0ffee' },
      changed(AFTERCARE, aftercare, edited(aftercare, 'title: Aftercare for', 'title: Caring for')),
      changed(PROCEDURE, procedure, edited(procedure, 'cleansed twice', 'cleansed')),
      changed(TREATMENT, treatment, edited(treatment, 'mostly used', 'used')),
    ];
    const lines = [
      'Treatment: Microneedling, page text',
      'Procedure: microneedling, the steps of a session',
      'Aftercare: microneedling, the page title',
      'Practitioner: Amir Khan, added',
      'Practitioner: Zoë Adams, added',
      'Photo: content/practitioners/amir-khan.jpg, added',
      "Clinic settings: the clinic's name",
      'File: content/words.txt, added',
    ];
    expect(describeChanges(files)).toEqual(lines);
    expect(describeChanges(files.toReversed())).toEqual(lines);
  });
});
