/**
 * The names of the components editors may use in MDX, as plain text, for the content check, which
 * runs outside Astro and cannot load the components themselves. A test holds this list and
 * `mdxComponents` together.
 */
export const MDX_COMPONENT_NAMES = ['CareCard', 'DoDontList', 'InsetText', 'Warning'] as const;
