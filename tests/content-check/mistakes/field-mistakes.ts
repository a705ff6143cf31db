/**
 * Mistakes in the fields of content files and in the files themselves: web addresses, hidden
 * characters, lengths, numbers and lists out of bounds, a practitioner twice, links, bytes that are
 * not UTF-8, photos that are not photos, and YAML that would hang or stop a reader.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../../helpers/temp-folders';
import { both, replaceIn, writeTo, type MistakeRow } from './row';

const SITE = 'site.yaml';
const TREATMENT = 'treatments/microneedling.mdx';
const PROCEDURE = 'procedures/microneedling.mdx';
const AFTERCARE = 'aftercare/microneedling.mdx';
const KAREN = 'practitioners/karen-evans.mdx';

/** The smallest PNG header an image reader recognises: a 1 by 1 picture. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const SVG_TEXT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';

/** Karen's profile with a photo, and what is saved at the photo's path. */
const photoOfKaren = (written: string, saved?: { at: string; bytes: string | Buffer }) =>
  both(
    replaceIn(
      KAREN,
      'role: Practitioner\n',
      `role: Practitioner\nphoto: ${written}\nphotoAlt: Karen smiling\n`,
    ),
    ...(saved ? [writeTo(saved.at, saved.bytes)] : []),
  );

/** Nine levels of nine aliases each: 387,420,489 values from nine lines. */
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefghi'[index];
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`;
  }),
].join('\n');

const names = (count: number) => Array.from({ length: count }, (_, n) => `  - person-${n + 1}`);

const stage = (n: number) =>
  [
    `  - title: Stage ${n}`,
    `    start: { value: ${n}, unit: hours }`,
    `    end: { value: ${n + 1}, unit: hours }`,
    '    notice: Your skin will be red.',
  ].join('\n');

/** Replaces a file in the copy with a link to a copy of it kept elsewhere. */
const linkInsteadOf = (file: string) => (contentDir: string) => {
  const elsewhere = join(tempFolder('elsewhere'), 'file');
  cpSync(join(contentDir, file), elsewhere, { recursive: true });
  rmSync(join(contentDir, file), { recursive: true });
  symlinkSync(elsewhere, join(contentDir, file));
};

export const FIELD_MISTAKES: MistakeRow[] = [
  // Web addresses
  {
    name: 'an http: booking link',
    apply: replaceIn(
      SITE,
      '  address: []\n',
      '  address: []\n  bookingUrl: http://booking.example.com/clinic\n',
    ),
    block: {
      file: SITE,
      field: 'contact > bookingUrl',
      line: 7,
      says: /must start with https:\/\/, not http:\/\//,
    },
  },
  {
    name: 'a data: booking link',
    apply: replaceIn(
      SITE,
      '  address: []\n',
      "  address: []\n  bookingUrl: 'data:text/html,<script>alert(1)</script>'\n",
    ),
    block: {
      file: SITE,
      field: 'contact > bookingUrl',
      says: /full web address starting with https:\/\//,
    },
  },
  {
    name: 'url: javascript: in site.yaml',
    apply: replaceIn(
      SITE,
      'url: https://www.example.com',
      'url: javascript:alert(document.cookie)',
    ),
    block: { file: SITE, field: 'url', line: 2, says: /full web address starting with https:\/\// },
  },
  {
    name: 'a review date with a time that moves its day',
    apply: replaceIn(TREATMENT, 'lastReviewed: 2026-11-27', 'lastReviewed: 2026-11-27T25:00:00Z'),
    block: { file: TREATMENT, field: 'lastReviewed', says: /a date only, with no time of day/ },
  },
  {
    name: 'a review date with a time zone',
    apply: replaceIn(
      TREATMENT,
      'lastReviewed: 2026-11-27',
      'lastReviewed: 2026-11-27 12:00:00 +14:00',
    ),
    block: { file: TREATMENT, field: 'lastReviewed', says: /a date only, with no time of day/ },
  },
  {
    name: "the site's address with a path",
    apply: replaceIn(SITE, 'url: https://www.example.com', 'url: https://www.example.com/clinic/'),
    block: { file: SITE, field: 'url', says: /address alone, with nothing after the domain name/ },
  },
  {
    name: 'a booking link that hides its host behind an @',
    apply: replaceIn(
      SITE,
      '  address: []\n',
      '  address: []\n  bookingUrl: https://booking.example.com@evil.example/\n',
    ),
    block: { file: SITE, field: 'contact > bookingUrl', says: /name or password before an @/ },
  },
  {
    name: 'a booking link with no domain name',
    apply: replaceIn(
      SITE,
      '  address: []\n',
      '  address: []\n  bookingUrl: https://localhost/book\n',
    ),
    block: { file: SITE, field: 'contact > bookingUrl', says: /domain name after https:\/\// },
  },

  // Hidden characters
  {
    name: 'a right-to-left override in a name',
    apply: replaceIn(TREATMENT, 'name: Microneedling', 'name: "Micro\\u202Eneedling"'),
    block: {
      file: TREATMENT,
      field: 'name',
      line: 2,
      says: /right-to-left override \(U\+202E\), after "Micro"/,
    },
  },
  {
    name: "a right-to-left override pasted into a step's title",
    apply: replaceIn(PROCEDURE, 'title: Cleansing', 'title: Clean\u202Esing'),
    block: {
      file: PROCEDURE,
      field: 'steps > item 1 > title',
      says: /right-to-left override \(U\+202E\)/,
    },
  },
  {
    name: 'a left-to-right isolate in the clinic name',
    apply: replaceIn(SITE, 'clinicName: The Skin Clinic', 'clinicName: The Skin\u2066 Clinic'),
    block: { file: SITE, field: 'clinicName', line: 1, says: /left-to-right isolate \(U\+2066\)/ },
  },
  {
    name: "a right-to-left mark in a practitioner's name",
    apply: replaceIn(KAREN, 'name: Karen Evans', 'name: Karen\u200F Evans'),
    block: { file: KAREN, field: 'name', says: /right-to-left mark \(U\+200F\)/ },
  },
  {
    name: 'a control character in a stage',
    apply: replaceIn(
      AFTERCARE,
      'title: Redness and tenderness',
      'title: "Redness\\a and tenderness"',
    ),
    block: {
      file: AFTERCARE,
      field: 'timeline > item 1 > title',
      says: /a control character \(U\+0007\)/,
    },
  },
  {
    name: 'a line break in a one-line field',
    apply: replaceIn(TREATMENT, 'name: Microneedling', 'name: "Micro\\nneedling"'),
    block: { file: TREATMENT, field: 'name', says: /must be on one line/ },
  },
  {
    name: 'half of an emoji',
    apply: replaceIn(KAREN, 'role: Practitioner', 'role: "Practitioner \\uD83D"'),
    block: { file: KAREN, field: 'role', says: /half of a character/ },
  },

  // Lengths
  {
    name: 'a 1 MB clinic name',
    apply: replaceIn(SITE, 'clinicName: The Skin Clinic', `clinicName: ${'A'.repeat(1024 * 1024)}`),
    block: { file: SITE, field: 'whole file', says: /more than the 256 KB a content file can be/ },
  },
  {
    name: 'a 100 KB clinic name',
    apply: replaceIn(SITE, 'clinicName: The Skin Clinic', `clinicName: ${'A'.repeat(100 * 1024)}`),
    block: {
      file: SITE,
      field: 'clinicName',
      says: /is 102400 characters long; keep it to 80 or fewer/,
    },
  },
  {
    name: "a treatment's name of 81 characters",
    apply: replaceIn(
      TREATMENT,
      'name: Microneedling',
      `name: ${'Microneedling '.repeat(6).slice(0, 81)}`,
    ),
    block: { file: TREATMENT, field: 'name', says: /keep it to 80 or fewer/ },
  },
  {
    name: 'a description of 301 characters',
    apply: replaceIn(
      PROCEDURE,
      'description: >-',
      `description: ${'word '.repeat(61).trim()}\nx-was: >-`,
    ),
    block: {
      file: PROCEDURE,
      field: 'description',
      says: /is 304 characters long; keep it to 300 or fewer/,
    },
  },
  {
    name: "a step's detail of 1,001 characters",
    apply: replaceIn(
      PROCEDURE,
      'detail: The area to be treated is cleansed twice.',
      `detail: ${'a'.repeat(1001)}`,
    ),
    block: { file: PROCEDURE, field: 'steps > item 1 > detail', says: /keep it to 1000 or fewer/ },
  },
  {
    name: 'an area of 201 characters',
    apply: replaceIn(TREATMENT, '  - face\n', `  - ${'f'.repeat(201)}\n`),
    block: { file: TREATMENT, field: 'areas > item 1', says: /keep it to 80 or fewer/ },
  },
  {
    name: 'a content file over 256 KB',
    apply: (contentDir) =>
      appendFileSync(join(contentDir, TREATMENT), `\n${'Pasted text. '.repeat(25_000)}\n`),
    block: { file: TREATMENT, field: 'whole file', says: /is 3\d\d KB, more than the 256 KB/ },
  },

  // Numbers and lists
  {
    name: 'value: 1e9 between sessions',
    apply: replaceIn(TREATMENT, 'value: 6', 'value: 1e9'),
    block: {
      file: TREATMENT,
      field: 'sessionInterval > value',
      says: /at most 365 days or 52 weeks/,
    },
  },
  {
    name: '53 weeks between sessions',
    apply: replaceIn(TREATMENT, 'value: 6', 'value: 53'),
    block: {
      file: TREATMENT,
      field: 'sessionInterval > value',
      says: /at most 365 days or 52 weeks/,
    },
  },
  {
    name: 'a stage ending 100,000 hours after the session',
    apply: replaceIn(AFTERCARE, '      value: 72\n', '      value: 100000\n'),
    block: {
      file: AFTERCARE,
      field: 'timeline > item 1 > end > value',
      says: /at most 8,760 hours or 365 days/,
    },
  },
  {
    name: 'a needle depth of 0.0000001 mm',
    apply: replaceIn(TREATMENT, '    min: 1\n', '    min: 0.0000001\n'),
    block: {
      file: TREATMENT,
      field: 'needleDepths > clinic > min',
      says: /from 0\.1 to 5 millimetres/,
    },
  },
  {
    name: 'a needle depth of 1.333 mm',
    apply: replaceIn(TREATMENT, '    max: 1.5\n', '    max: 1.333\n'),
    block: {
      file: TREATMENT,
      field: 'needleDepths > clinic > max',
      says: /at most two figures after the full stop/,
    },
  },
  {
    name: 'a minimum age of 150',
    apply: replaceIn(TREATMENT, 'risks: []\n', 'risks: []\nminimumAge: 150\n'),
    block: { file: TREATMENT, field: 'minimumAge', says: /from 1 to 99/ },
  },
  {
    name: '51 practitioners',
    apply: replaceIn(
      TREATMENT,
      '  - karen-evans\n  - palwasha-yusofi\n  - ilona-abramenko\n',
      `${names(51).join('\n')}\n`,
    ),
    block: {
      file: TREATMENT,
      field: 'practitioners',
      says: /at most 50 items long; this list has 51/,
    },
  },
  {
    name: '31 steps',
    apply: replaceIn(
      PROCEDURE,
      'steps:\n',
      `steps:\n${Array.from({ length: 24 }, (_, n) => `  - title: Step ${n}\n    detail: It happens.`).join('\n')}\n`,
    ),
    block: { file: PROCEDURE, field: 'steps', says: /at most 30 items long; this list has 31/ },
  },
  {
    name: '21 aftercare stages',
    apply: replaceIn(
      AFTERCARE,
      'timeline:\n',
      `timeline:\n${Array.from({ length: 18 }, (_, n) => stage(n)).join('\n')}\n`,
    ),
    block: { file: AFTERCARE, field: 'timeline', says: /at most 20 items long; this list has 21/ },
  },
  {
    name: '101 closures',
    apply: replaceIn(
      SITE,
      'closures: []',
      `closures:\n${Array.from({ length: 101 }, (_, n) => `  - ${2027 + Math.floor(n / 28)}-01-${String((n % 28) + 1).padStart(2, '0')}`).join('\n')}`,
    ),
    block: { file: SITE, field: 'closures', says: /at most 100 items long; this list has 101/ },
  },
  {
    name: 'a practitioner listed twice',
    apply: replaceIn(TREATMENT, '  - ilona-abramenko\n', '  - ilona-abramenko\n  - karen-evans\n'),
    block: {
      file: TREATMENT,
      field: 'practitioners > item 4',
      says: /karen-evans is listed twice/,
    },
  },

  // Files
  {
    name: 'bytes that are not UTF-8',
    apply: (contentDir) => {
      const path = join(contentDir, TREATMENT);
      const text = readFileSync(path, 'utf8').replace(
        'cosmetic treatment',
        'cosm\u00e9tic treatment',
      );
      writeFileSync(path, Buffer.from(text, 'latin1'));
    },
    block: {
      file: TREATMENT,
      field: 'whole file',
      line: 57,
      says: /Line 57 has bytes that are not UTF-8/,
    },
  },
  {
    name: 'site.yaml saved in Windows-1252',
    apply: writeTo(
      SITE,
      Buffer.from('clinicName: Caf\u00e9 Clinic\nurl: https://www.example.com\n', 'latin1'),
    ),
    block: { file: SITE, field: 'whole file', line: 1, says: /not UTF-8/ },
  },
  {
    name: 'a symlinked content file',
    apply: linkInsteadOf(KAREN),
    block: { file: KAREN, field: 'whole file', says: /symbolic link/ },
  },
  {
    name: 'a symlinked content folder',
    apply: linkInsteadOf('procedures'),
    block: { file: 'procedures', field: 'whole file', says: /symbolic link/ },
  },
  {
    name: 'a symlinked site.yaml',
    apply: linkInsteadOf(SITE),
    block: { file: SITE, field: 'whole file', says: /symbolic link/ },
  },
  {
    name: 'a symlinked photo',
    apply: both(photoOfKaren('./karen.png'), (contentDir) => {
      const elsewhere = join(tempFolder('elsewhere'), 'karen.png');
      writeFileSync(elsewhere, PNG_BYTES);
      symlinkSync(elsewhere, join(contentDir, 'practitioners/karen.png'));
    }),
    block: { file: 'practitioners/karen.png', field: 'whole file', says: /symbolic link/ },
  },
  {
    name: 'a pipe where a profile should be',
    apply: (contentDir) => {
      execFileSync('mkfifo', [join(contentDir, 'practitioners/sam-lee.mdx')]);
    },
    block: {
      file: 'practitioners/sam-lee.mdx',
      field: 'whole file',
      says: /not a file or a folder/,
    },
  },
  {
    name: 'a missing image',
    apply: photoOfKaren('./karen-evans.jpg'),
    block: { file: KAREN, field: 'photo', says: /no image file at this path/ },
  },
  {
    name: 'a photo cut short in its upload',
    apply: photoOfKaren('./karen-evans.png', {
      at: 'practitioners/karen-evans.png',
      bytes: PNG_BYTES.subarray(0, 50),
    }),
    block: { file: KAREN, field: 'photo', says: /not whole: it stops part of the way through/ },
  },
  {
    name: 'a fake image',
    apply: photoOfKaren('./karen-evans.jpg', {
      at: 'practitioners/karen-evans.jpg',
      bytes: 'not a photo at all',
    }),
    block: {
      file: KAREN,
      field: 'photo',
      says: /not a JPEG, PNG, WebP or AVIF image, although its name ends in \.jpg/,
    },
  },
  {
    name: 'an SVG photo',
    apply: photoOfKaren('./karen-evans.svg', {
      at: 'practitioners/karen-evans.svg',
      bytes: SVG_TEXT,
    }),
    block: { file: KAREN, field: 'photo', says: /SVG drawing/ },
  },
  {
    name: 'an SVG saved as .png',
    apply: photoOfKaren('./karen-evans.png', {
      at: 'practitioners/karen-evans.png',
      bytes: SVG_TEXT,
    }),
    block: { file: KAREN, field: 'photo', says: /SVG drawing/ },
  },
  {
    name: 'a photo path leading out of the folder',
    apply: photoOfKaren('../../package.png'),
    block: { file: KAREN, field: 'photo', says: /leads out of it/ },
  },
  {
    name: 'a photo of 21 MB',
    apply: photoOfKaren('./karen-evans.png', {
      at: 'practitioners/karen-evans.png',
      bytes: Buffer.concat([PNG_BYTES, Buffer.alloc(21 * 1024 * 1024)]),
    }),
    block: { file: KAREN, field: 'photo', says: /more than the 20 MB a photo can be/ },
  },

  // YAML that would hang or stop a reader
  {
    name: 'a YAML alias bomb in frontmatter',
    apply: replaceIn(TREATMENT, 'name: Microneedling\n', `name: Microneedling\n${ALIAS_BOMB}\n`),
    block: { file: TREATMENT, field: 'b', line: 4, says: /YAML alias/ },
  },
  {
    name: 'a YAML alias bomb in site.yaml',
    apply: replaceIn(SITE, 'closures: []', `closures: []\n${ALIAS_BOMB}`),
    block: { file: SITE, field: 'b', line: 11, says: /YAML alias/ },
  },
  {
    name: 'a merge key that repeats a group',
    apply: replaceIn(
      TREATMENT,
      'sessionInterval:\n  value: 6\n  unit: weeks\n',
      'base: &base { value: 6, unit: weeks }\nsessionInterval:\n  <<: *base\n',
    ),
    block: { file: TREATMENT, field: 'line 38', line: 38, says: /YAML alias/ },
  },
  {
    name: 'a ... line in frontmatter',
    apply: replaceIn(TREATMENT, 'name: Microneedling\n', 'name: Microneedling\n...\n'),
    block: { file: TREATMENT, field: 'line 3', line: 3, says: /A line of three dots \(\.\.\.\)/ },
  },
  {
    name: 'a ... line in site.yaml',
    apply: replaceIn(SITE, 'locale: en-GB\n', 'locale: en-GB\n...\n'),
    block: { file: SITE, field: 'line 4', line: 4, says: /A line of three dots \(\.\.\.\)/ },
  },
  {
    name: 'a list nested 10,000 deep',
    apply: replaceIn(TREATMENT, 'risks: []', `risks: ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    block: { file: TREATMENT, field: 'risks', says: /inside each other too many times/ },
  },
  {
    name: 'fields between lines of +++',
    apply: (contentDir) => {
      const path = join(contentDir, KAREN);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('---', '+++'));
    },
    block: { file: KAREN, field: 'whole file', says: /line of \+\+\+/ },
  },
];
