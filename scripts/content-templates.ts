/**
 * The files `npm run new` writes. Every field it cannot guess holds a `[Write ...]` placeholder, which
 * the schemas refuse, so a file is only published once an editor has filled it in. Placeholders are
 * in single quotes because YAML would read a bare `[...]` as a list.
 */
import { stringify } from 'yaml';
import { addDays, type CalendarDate } from '~/calendar/calendar-date';
import type { CollectionName } from '~/content-check/files/read-content';

export interface NewFile {
  folder: CollectionName;
  text: string;
}

/** A value as YAML writes it, quoted only when it has to be. */
const yamlValue = (value: string) => stringify(value).trimEnd();

/** A page is reviewed when it is written, and next a year later. */
const reviewDates = (today: CalendarDate) =>
  `lastReviewed: ${today}\nnextReview: ${addDays(today, 365)}`;

/** Only the required fields: an optional line left commented out is easy to break by uncommenting. */
export function practitionerFile(name: string): NewFile {
  return {
    folder: 'practitioners',
    text: `---
name: ${yamlValue(name)}
role: '[Write their job title, for example Practitioner]'
---
`,
  };
}

export function treatmentFiles(name: string, id: string, today: CalendarDate): NewFile[] {
  const treatment = `---
name: ${yamlValue(name)}
summary: '[Write one line, at most 160 characters, saying what the treatment does]'
areas:
  - '[Write a part of the body it is used on, for example face]'
concerns:
  - '[Write a skin concern it helps with, for example scars]'
sessionInterval:
  value: '[Write how many days or weeks apart sessions are, for example 6]'
  unit: '[Write days or weeks]'
intervalReason: '[Write why sessions are that far apart]'
practitioners:
  - '[Write the file name of a practitioner profile without .mdx, for example karen-evans]'
${reviewDates(today)}
---

[Write what the treatment is and how it works, in short sentences for clients]
`;
  const procedure = `---
treatment: ${id}
title: '[Write the page title, for example What happens during a session]'
description: '[Write one sentence about the steps of a session]'
steps:
  - title: '[Write the name of the first step, for example Cleansing]'
    preparation: true
    detail: '[Write what happens in this step]'
  - title: '[Write the name of the next step]'
    detail: '[Write what happens in this step]'
${reviewDates(today)}
---

[Write a short introduction to a session]
`;
  const aftercare = `---
treatment: ${id}
title: '[Write the page title, for example Aftercare for a facial peel]'
description: '[Write one sentence about what the skin does after a session]'
timeline:
  - title: '[Write the name of the first stage, for example The first three days]'
    start: { value: 0, unit: hours }
    end: { value: '[Write a number, for example 72]', unit: hours }
    notice: '[Write what the client will notice]'
    do:
      - '[Write something to do, for example Use SPF every day]'
${reviewDates(today)}
---

[Write a short introduction to the aftercare]
`;
  return [
    { folder: 'treatments', text: treatment },
    { folder: 'procedures', text: procedure },
    { folder: 'aftercare', text: aftercare },
  ];
}
