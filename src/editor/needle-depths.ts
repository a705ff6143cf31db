import { fields } from '@keystatic/core';

const millimetres = (label: string) => fields.number({ label, step: 0.05 });

/**
 * The needle depths, all optional in the form because a treatment without needles has none: a form
 * left empty is saved as empty groups, which the schema reads as no depths, and a group filled in
 * part is refused by the content check with the field that is missing.
 */
export const needleDepths = fields.object(
  {
    howChosen: fields.text({
      label: 'The note on how the needle depth is chosen',
      multiline: true,
    }),
    clinic: fields.object(
      {
        min: millimetres('The smallest needle depth used in the clinic'),
        max: millimetres('The largest needle depth used in the clinic'),
        purpose: fields.text({ label: 'The reason the clinic uses these depths', multiline: true }),
      },
      { label: 'The needle depths used in the clinic' },
    ),
    home: fields.object(
      {
        options: fields.array(millimetres('Each needle depth for home use'), {
          label: 'The needle depths for home use',
          itemLabel: (item) => `${item.value ?? ''} mm`,
        }),
        purpose: fields.text({
          label: 'The purpose of the needles for home use',
          multiline: true,
        }),
        warning: fields.text({
          label: 'The warning that goes with home needles',
          multiline: true,
        }),
      },
      { label: 'The needle depths for use at home' },
    ),
  },
  {
    label: 'The needle depths',
    description: 'Leave every depth empty for a treatment that uses no needles.',
  },
);
