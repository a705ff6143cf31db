import { collection, fields, singleton } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';
import { z } from 'astro/zod';
import { aftercareSchema } from '~/schemas/aftercare';
import { closureRange } from '~/schemas/closure';
import { practitionerSchema } from '~/schemas/practitioner';
import { procedureSchema } from '~/schemas/procedure';
import { siteSchema } from '~/schemas/site';
import { treatmentSchema } from '~/schemas/treatment';
import {
  choice,
  choiceList,
  date,
  group,
  groupList,
  millimetreList,
  mostItems,
  millimetres,
  nameOfFile,
  text,
  textList,
  webAddress,
  wholeNumber,
} from './fields';
import { checkboxField } from './checkbox-field';
import { choiceField } from './choice-field';
import { closureField } from './closure-field';
import { practitionerPicker } from './practitioner-picker';
import { timeAfterSessionField } from './time-after-session-field';
import { treatmentPicker } from './treatment-picker';
import { helpOf, itemOf, shapeOf } from './schema-help';
import { clientQuestionForm } from './client-question-fields';

// A file name stands in for a link to another file, as the forms save it.
const fileName = z.string();
const treatment = shapeOf(treatmentSchema(fileName, fileName));
const procedure = shapeOf(procedureSchema(fileName));
const aftercareFile = shapeOf(aftercareSchema(fileName));
const practitioner = shapeOf(practitionerSchema(fileName));
const settings = shapeOf(siteSchema);

const mdxText = (label: string) => fields.text({ label, validation: { isRequired: true } });
const mdxList = (label: string, itemLabel: string) =>
  fields.array(fields.text({ label: itemLabel, validation: { isRequired: true } }), {
    label,
    itemLabel: (item) => item.value,
  });

/** The page text and the boxes the site's MDX components draw (src/components/mdx/). */
const body = fields.mdx({
  label: 'Page text',
  components: {
    Warning: wrapper({ label: 'Warning', schema: { title: mdxText('Title') } }),
    InsetText: wrapper({ label: 'Inset text', schema: {} }),
    CareCard: wrapper({ label: 'Care card', schema: { title: mdxText('Title') } }),
    DoDontList: block({
      label: 'Do and do not list',
      schema: {
        heading: fields.text({ label: 'Heading' }),
        do: mdxList('Things to do', 'Each thing to do'),
        dont: mdxList('Things not to do', 'Each thing not to do'),
      },
    }),
  },
});

/** The fields a treatment's procedure and aftercare pages both start with; named after the treatment. */
const partOfTreatment = (shape: Record<string, z.ZodType>, page: string) => ({
  treatment: treatmentPicker(shape['treatment']!, {
    label: helpOf(shape['treatment']!).label,
    page,
  }),
  title: text(shape['title']!),
  description: text(shape['description']!, { multiline: true }),
});

const reviewDates = (shape: Record<string, z.ZodType>) => ({
  lastReviewed: date(shape['lastReviewed']!),
  nextReview: date(shape['nextReview']!),
});

const depthText = { multiline: true, inOptionalGroup: true };

const needleDepths = () => {
  const depths = shapeOf(treatment['needleDepths']!);
  const clinic = shapeOf(depths['clinic']!);
  const home = shapeOf(depths['home']!);
  // Nothing here is required in the form: a treatment without needles leaves it all empty, and
  // the content check names any field missing from depths filled in part.
  return fields.object(
    {
      howChosen: text(depths['howChosen']!, depthText),
      clinic: group(depths['clinic']!, {
        min: millimetres(clinic['min']!),
        max: millimetres(clinic['max']!),
        purpose: text(clinic['purpose']!, depthText),
      }),
      home: group(depths['home']!, {
        options: millimetreList(home['options']!),
        purpose: text(home['purpose']!, depthText),
        warning: text(home['warning']!, depthText),
      }),
    },
    {
      label: helpOf(treatment['needleDepths']!).label,
      description: 'Leave every depth empty for a treatment that uses no needles.',
    },
  );
};

export const treatments = collection({
  label: 'Treatments',
  path: 'content/treatments/*',
  slugField: 'name',
  format: { contentField: 'body' },
  entryLayout: 'content',
  schema: {
    name: nameOfFile(treatment['name']!),
    otherNames: textList(treatment['otherNames']!),
    summary: text(treatment['summary']!),
    areas: textList(treatment['areas']!),
    concerns: textList(treatment['concerns']!),
    needleDepths: needleDepths(),
    sessionInterval: (() => {
      const interval = shapeOf(treatment['sessionInterval']!);
      return group(treatment['sessionInterval']!, {
        value: wholeNumber(interval['value']!),
        unit: choice(interval['unit']!, 'weeks'),
      });
    })(),
    intervalReason: text(treatment['intervalReason']!, { multiline: true }),
    practitioners: practitionerPicker(treatment['practitioners']!, {
      label: helpOf(treatment['practitioners']!).label,
      description: 'Tick each one; untick to take someone off.',
    }),
    consultation: text(treatment['consultation']!, { multiline: true }),
    notSuitableFor: textList(treatment['notSuitableFor']!),
    risks: textList(treatment['risks']!),
    minimumAge: wholeNumber(treatment['minimumAge']!),
    ...clientQuestionForm(treatment),
    ...reviewDates(treatment),
    body,
  },
});

const step = shapeOf(itemOf(procedure['steps']!));

export const procedures = collection({
  label: 'Procedures',
  path: 'content/procedures/*',
  slugField: 'treatment',
  format: { contentField: 'body' },
  schema: {
    ...partOfTreatment(procedure, 'procedure'),
    steps: groupList(
      procedure['steps']!,
      fields.object({
        title: text(step['title']!),
        detail: text(step['detail']!, { multiline: true }),
        preparation: checkboxField(step['preparation']!),
      }),
      (item) => item.fields.title.value,
    ),
    ...reviewDates(procedure),
    body,
  },
});

const stage = shapeOf(itemOf(aftercareFile['timeline']!));

export const aftercare = collection({
  label: 'Aftercare',
  path: 'content/aftercare/*',
  slugField: 'treatment',
  format: { contentField: 'body' },
  schema: {
    ...partOfTreatment(aftercareFile, 'aftercare'),
    timeline: groupList(
      aftercareFile['timeline']!,
      fields.object({
        title: text(stage['title']!),
        start: timeAfterSessionField(stage['start']!),
        end: timeAfterSessionField(stage['end']!),
        endsFrom: timeAfterSessionField(stage['endsFrom']!),
        notice: text(stage['notice']!, { multiline: true }),
        do: textList(stage['do']!),
        avoid: textList(stage['avoid']!),
      }),
      (item) => item.fields.title.value,
    ),
    ...reviewDates(aftercareFile),
    body,
  },
});

export const practitioners = collection({
  label: 'Practitioners',
  path: 'content/practitioners/*',
  slugField: 'name',
  format: { contentField: 'body' },
  schema: {
    name: nameOfFile(practitioner['name']!),
    role: text(practitioner['role']!),
    // The build reads the photo as an image, so the schema has no words of its own for it.
    photo: fields.image({
      label: "The practitioner's photo",
      directory: 'content/practitioners',
      publicPath: './',
    }),
    photoAlt: text(practitioner['photoAlt']!),
    qualifications: textList(practitioner['qualifications']!),
    workingDays: choiceList(practitioner['workingDays']!),
    body,
  },
});

const contact = shapeOf(settings['contact']!);
const hours = shapeOf(settings['openingHours']!);
const closureDays = shapeOf(closureRange);

/** A date box of a closure, with the check's label and example and any words before them. */
const dayBox = (schema: z.ZodType, before?: string) => {
  const { label, description = '' } = helpOf(schema);
  return { label, description: [before, description].filter(Boolean).join(' ') };
};

export const site = singleton({
  label: 'Clinic settings',
  path: 'content/site',
  format: { data: 'yaml' },
  schema: {
    clinicName: text(settings['clinicName']!),
    url: webAddress(settings['url']!),
    locale: choiceField(settings['locale']!, {
      label: helpOf(settings['locale']!).label,
      options: [{ label: 'British English', value: 'en-GB' }],
      defaultValue: 'en-GB',
    }),
    timeZone: text(settings['timeZone']!),
    contact: group(settings['contact']!, {
      phone: text(contact['phone']!),
      email: text(contact['email']!),
      address: textList(contact['address']!),
      bookingUrl: webAddress(contact['bookingUrl']!),
    }),
    adviceAfterAYear: text(settings['adviceAfterAYear']!, { multiline: true }),
    openingHours: group(
      settings['openingHours']!,
      Object.fromEntries(Object.entries(hours).map(([day, schema]) => [day, text(schema)])),
    ),
    openingDays: choiceList(settings['openingDays']!),
    readingAge: wholeNumber(settings['readingAge']!, false),
    closures: fields.array(
      closureField(itemOf(settings['closures']!), {
        from: dayBox(closureDays['from']!),
        to: dayBox(closureDays['to']!, 'Leave it empty for a closure of one day.'),
      }),
      {
        label: helpOf(settings['closures']!).label,
        itemLabel: ({ value }) => (value.to ? `${value.from} to ${value.to}` : value.from),
        validation: { length: { max: mostItems(settings['closures']!) } },
      },
    ),
  },
});
