import { z } from 'astro/zod';
import { described } from './error-map.ts';
import { withExample } from './messages.ts';
import { LINE, NAME } from './text.ts';

/**
 * The props of the components editors may use in MDX. Editors write them without type checking, so
 * they are parsed when the page is built, and a mistake stops the build with the component, the
 * prop and a right example, as a mistake in frontmatter does.
 */

/** A box holds a few words or a short list; more belongs in the page text around it. */
const MOST_ITEMS = 20;

/** A text prop with words in it, as long as a title; the space editors leave around it is trimmed. */
const textProp = (component: string, prop: string, example: string) =>
  described(z.string().trim().min(1).max(NAME.most), {
    label: `<${component}>'s ${prop}`,
    example: `<${component} ${prop}="${example}">`,
    shouldBe: 'words in quote marks',
  });

/** A list of texts, none blank, with at least one and at most `MOST_ITEMS`, each a line long. */
const listProp = (component: string, prop: string, example: readonly string[]) => {
  const written = `<${component} ${prop}={${JSON.stringify(example)}}>`;
  const item = described(z.string().trim().min(1).max(LINE.most), {
    label: `Each item of <${component}>'s ${prop}`,
    example: written,
    shouldBe: 'words in quote marks',
  });
  return described(z.array(item).min(1).max(MOST_ITEMS), {
    label: `<${component}>'s ${prop}`,
    example: written,
    shouldBe: 'a list in brackets',
  }).readonly();
};

export const careCardProps = z.object({
  title: textProp('CareCard', 'title', 'Contact the clinic if'),
});

export const warningProps = z.object({
  title: textProp('Warning', 'title', 'Important'),
});

/** Either half of a do and don't list may be left out, but not both. */
export const doDontListProps = z
  .object({
    do: listProp('DoDontList', 'do', ['Use SPF every day']).optional(),
    dont: listProp('DoDontList', 'dont', ['Pick at your skin']).optional(),
    heading: described(z.string().trim().max(NAME.most), {
      label: "<DoDontList>'s heading",
      example: '<DoDontList heading="Aftercare">',
      shouldBe: 'words in quote marks',
    }).optional(),
  })
  // A rule across two settings keeps words of its own.
  .refine((props) => props.do !== undefined || props.dont !== undefined, {
    error: withExample(
      '<DoDontList> needs do, dont or both.',
      '<DoDontList do={["Use SPF every day"]}>',
    ),
    path: ['do'],
  });

/** The InsetText box takes only its words. */
export const insetTextProps = z.object({});

/**
 * Each box's props by its name, for the content check, which reads page text without rendering it.
 * A test holds these names and `MDX_COMPONENT_NAMES` together.
 */
export const MDX_PROPS = {
  CareCard: careCardProps,
  DoDontList: doDontListProps,
  InsetText: insetTextProps,
  Warning: warningProps,
} as const;

/** The props an MDX component was given, parsed by its schema; a mistake throws the schema's words. */
export function parseProps<Schema extends z.ZodType>(
  schema: Schema,
  props: unknown,
): z.output<Schema> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  throw new Error([...new Set(result.error.issues.map(({ message }) => message))].join('\n'));
}
