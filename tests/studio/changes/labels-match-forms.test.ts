import { describe, expect, it } from 'vitest';
import { aftercare, practitioners, procedures, site, treatments } from '~/editor/collections';
import { COLLECTION_ITEMS, SETTINGS_KIND } from '~/studio/changes/content-paths';
import { FIELD_LABELS, PAGE_TEXT } from '~/studio/changes/field-labels';

const forms = { treatments, procedures, aftercare, practitioners };

/** Each top-level field of a form with the label it shows, in the form's order. */
const formLabels = (schema: Record<string, unknown>) =>
  Object.entries(schema).map(([key, field]) => [key, (field as { label: string }).label]);

/** Keystatic keeps the label of an MDX field only in the element its form draws. */
const pageTextLabel = (field: unknown) =>
  (field as { Input: (props: object) => { props: { label: string } } }).Input({}).props.label;

describe('the words for what changed are the forms’ words', () => {
  it.each(Object.entries(forms))('%s: every field, in the form’s order', (name, form) => {
    const { body, ...fields } = form.schema;
    const labels = FIELD_LABELS[name as keyof typeof forms];
    expect([...labels]).toEqual(formLabels(fields));
    expect(PAGE_TEXT).toBe(pageTextLabel(body).toLowerCase());
  });

  it('the clinic settings: every field, and the name of the form', () => {
    expect([...FIELD_LABELS.site]).toEqual(formLabels(site.schema));
    expect(SETTINGS_KIND).toBe(site.label);
  });

  it.each(Object.entries(forms))(
    '%s: an item is named by the field its file is named after',
    (name, form) => {
      expect(COLLECTION_ITEMS[name as keyof typeof forms].nameField).toBe(form.slugField);
    },
  );
});
