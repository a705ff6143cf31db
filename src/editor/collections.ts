import { collection, fields, singleton } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';
import { requiredText, reviewDates, textList, unitChoice, weekdayChoices } from './fields';
import { needleDepths } from './needle-depths';

/** The page text and the boxes the site's MDX components draw (src/components/mdx/). */
const body = fields.mdx({
  label: 'Page text',
  components: {
    Warning: wrapper({ label: 'Warning', schema: { title: requiredText('Title') } }),
    InsetText: wrapper({ label: 'Inset text', schema: {} }),
    CareCard: wrapper({ label: 'Care card', schema: { title: requiredText('Title') } }),
    DoDontList: block({
      label: 'Do and do not list',
      schema: {
        heading: fields.text({ label: 'Heading' }),
        do: textList('Things to do', 'Each thing to do'),
        dont: textList('Things not to do', 'Each thing not to do'),
      },
    }),
  },
});

const treatmentLink = fields.relationship({
  label: 'The treatment this page belongs to (its file name, without .mdx)',
  collection: 'treatments',
  validation: { isRequired: true },
});

const timeAfterSession = (what: string, isRequired = true) =>
  fields.object(
    {
      value: fields.integer({
        label: `The number of hours or days for ${what}`,
        validation: { isRequired, min: 0 },
      }),
      unit: unitChoice(`The unit of ${what}`, ['hours', 'days'], 'hours'),
    },
    { label: what[0]!.toUpperCase() + what.slice(1) },
  );

export const treatments = collection({
  label: 'Treatments',
  path: 'content/treatments/*',
  slugField: 'name',
  format: { contentField: 'body' },
  entryLayout: 'content',
  schema: {
    name: fields.slug({
      name: { label: "The treatment's name", validation: { isRequired: true } },
    }),
    otherNames: textList('Other names clients may know the treatment by', 'Each other name'),
    summary: fields.text({
      label: 'The one-line summary shown on the treatments page',
      validation: { isRequired: true, length: { max: 160 } },
    }),
    areas: textList('The parts of the body the treatment is used on', 'Each part of the body'),
    concerns: textList('The skin concerns the treatment helps with', 'Each skin concern'),
    needleDepths,
    sessionInterval: fields.object(
      {
        value: fields.integer({
          label: 'The number of days or weeks between two sessions',
          validation: { isRequired: true, min: 1 },
        }),
        unit: unitChoice('The unit of the time between two sessions', ['days', 'weeks'], 'weeks'),
      },
      { label: 'The time between two sessions' },
    ),
    intervalReason: requiredText('The reason sessions are that far apart', true),
    practitioners: fields.multiRelationship({
      label: 'The practitioners who give this treatment',
      collection: 'practitioners',
      validation: { length: { min: 1 } },
    }),
    consultation: fields.text({
      label: 'What happens at the consultation before a first session',
      multiline: true,
    }),
    notSuitableFor: textList('Who the treatment is not suitable for', 'Each person or condition'),
    risks: textList('The side effects and risks of the treatment', 'Each side effect or risk'),
    minimumAge: fields.integer({
      label: 'The youngest age the clinic treats',
      validation: { min: 1, max: 99 },
    }),
    ...reviewDates,
    body,
  },
});

export const procedures = collection({
  label: 'Procedures',
  path: 'content/procedures/*',
  slugField: 'title',
  format: { contentField: 'body' },
  schema: {
    treatment: treatmentLink,
    title: fields.slug({ name: { label: 'The page title', validation: { isRequired: true } } }),
    description: requiredText('The short description shown by search engines', true),
    steps: fields.array(
      fields.object({
        title: requiredText("Each step's title"),
        detail: requiredText('The detail of each step (what happens in it)', true),
        preparation: fields.checkbox({
          label:
            "A step's preparation mark (true when the step gets the skin ready for the treatment)",
        }),
      }),
      {
        label: 'The steps of a session',
        itemLabel: (step) => step.fields.title.value,
        validation: { length: { min: 2 } },
      },
    ),
    ...reviewDates,
    body,
  },
});

export const aftercare = collection({
  label: 'Aftercare',
  path: 'content/aftercare/*',
  slugField: 'title',
  format: { contentField: 'body' },
  schema: {
    treatment: treatmentLink,
    title: fields.slug({ name: { label: 'The page title', validation: { isRequired: true } } }),
    description: requiredText('The short description shown by search engines', true),
    timeline: fields.array(
      fields.object({
        title: requiredText("Each stage's title"),
        start: timeAfterSession('the start of a stage'),
        end: timeAfterSession('the latest end of a stage'),
        // Optional: a stage with no number here has no earlier end.
        endsFrom: timeAfterSession('the earliest end of a stage', false),
        notice: requiredText('The note of what the client will notice in each stage', true),
        do: textList('The things to do in each stage', 'Each thing to do'),
        avoid: textList('The things to avoid in each stage', 'Each thing to avoid'),
      }),
      {
        label: 'The stages after a session',
        itemLabel: (stage) => stage.fields.title.value,
        validation: { length: { min: 1 } },
      },
    ),
    ...reviewDates,
    body,
  },
});

export const practitioners = collection({
  label: 'Practitioners',
  path: 'content/practitioners/*',
  slugField: 'name',
  format: { contentField: 'body' },
  schema: {
    name: fields.slug({
      name: { label: "The practitioner's full name", validation: { isRequired: true } },
    }),
    role: requiredText("The practitioner's job title"),
    photo: fields.image({
      label: "The practitioner's photo",
      directory: 'content/practitioners',
      publicPath: './',
    }),
    photoAlt: fields.text({
      label: 'The words that say what the photo shows, for people who cannot see it',
    }),
    qualifications: textList("The practitioner's qualifications", 'Each qualification'),
    workingDays: fields.multiselect({
      label: 'The days the practitioner works',
      options: weekdayChoices,
    }),
    body,
  },
});

const hoursOn = (day: string) =>
  fields.text({ label: `The opening hours on ${day}`, description: 'For example 10:00-18:00' });

export const site = singleton({
  label: 'Clinic settings',
  path: 'content/site',
  format: { data: 'yaml' },
  schema: {
    clinicName: requiredText("The clinic's name"),
    url: fields.url({ label: "The site's full web address", validation: { isRequired: true } }),
    locale: fields.select({
      label: "The site's language",
      options: [{ label: 'British English', value: 'en-GB' }],
      defaultValue: 'en-GB',
    }),
    timeZone: requiredText("The clinic's time zone"),
    contact: fields.object(
      {
        phone: fields.text({ label: "The clinic's phone number" }),
        email: fields.text({ label: "The clinic's email address" }),
        address: textList("The clinic's address", 'Each line of the address'),
        bookingUrl: fields.url({ label: "The clinic's online booking page" }),
      },
      { label: "The clinic's contact details" },
    ),
    openingHours: fields.object(
      Object.fromEntries(weekdayChoices.map(({ value }) => [value, hoursOn(value)])),
      { label: "The clinic's opening hours" },
    ),
    openingDays: fields.multiselect({
      label: 'The days the clinic is open',
      options: weekdayChoices,
    }),
    closures: fields.array(
      fields.object({
        from: fields.date({
          label: 'The first day of a closure',
          validation: { isRequired: true },
        }),
        to: fields.date({ label: 'The last day of a closure', validation: { isRequired: true } }),
      }),
      {
        label: 'The days the clinic is closed',
        itemLabel: (range) => `${range.fields.from.value ?? ''} to ${range.fields.to.value ?? ''}`,
      },
    ),
  },
});
