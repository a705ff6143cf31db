import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { helpOf, itemOf, shapeOf } from '~/editor/schema-help';
import { siteSchema } from '~/schemas/site';
import { treatmentSchema } from '~/schemas/treatment';

const treatment = shapeOf(treatmentSchema(z.string(), z.string()));
const site = shapeOf(siteSchema);

describe("the forms' labels and examples, read from the content check", () => {
  it('gives a text field the check’s label, its example as a form shows it, and whether it is needed', () => {
    expect(helpOf(treatment['intervalReason']!)).toEqual({
      label: 'The reason sessions are that far apart',
      description: 'For example: This gives your skin time to recover fully.',
      isRequired: true,
    });
    expect(helpOf(treatment['consultation']!).isRequired).toBe(false);
  });

  it('shows a list example without its brackets, and a group with no example', () => {
    expect(helpOf(treatment['areas']!).description).toBe('For example: face, neck');
    expect(helpOf(itemOf(treatment['areas']!)).label).toBe('Each part of the body');
    expect(helpOf(treatment['sessionInterval']!)).toEqual({
      label: 'The time between two sessions',
      isRequired: true,
    });
    expect(helpOf(shapeOf(site['openingHours']!)['monday']!).description).toBe(
      'For example: 10:00-18:00',
    );
  });

  it('reads an emptied optional list as not needed', () => {
    expect(helpOf(treatment['risks']!).isRequired).toBe(false);
    expect(helpOf(site['contact']!).isRequired).toBe(false);
  });

  it('refuses a field the content check has no words for', () => {
    expect(() => helpOf(z.string())).toThrow(/No label/);
  });
});
