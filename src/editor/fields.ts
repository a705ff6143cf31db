import { fields } from '@keystatic/core';
import { WEEKDAYS } from '../schemas/calendar-date';

/** Choices shown with a capital letter and saved in lower case, as the files write them. */
const choices = (values: readonly string[]) =>
  values.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value }));

export const weekdayChoices = choices(WEEKDAYS);

export const textList = (label: string, itemLabel: string) =>
  fields.array(fields.text({ label: itemLabel, validation: { isRequired: true } }), {
    label,
    itemLabel: (item) => item.value,
  });

export const requiredText = (label: string, multiline = false) =>
  fields.text({ label, multiline, validation: { isRequired: true } });

export const unitChoice = (label: string, units: readonly string[], defaultValue: string) =>
  fields.select({ label, options: choices(units), defaultValue });

export const reviewDates = {
  lastReviewed: fields.date({
    label: 'The date this page was last checked',
    validation: { isRequired: true },
  }),
  nextReview: fields.date({
    label: 'The date this page is next due to be checked',
    validation: { isRequired: true },
  }),
};
