import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { z } from 'astro/zod';
import type { Practitioner, Treatment } from '~/lib/content';
import { decodeEntities } from '~/lib/html-entities';
import { practitionerSchema } from '~/schemas/practitioner';
import { treatmentSchema } from '~/schemas/treatment';

type Component = Parameters<AstroContainer['renderToString']>[0];
// `astro check` types a component as a function of its `Props`; plain tsc sees only the factory.
type PropsOf<C> = C extends (props: infer P) => unknown ? P : Record<string, unknown>;

export interface RenderOptions {
  /** HTML for the default slot, as MDX would pass it. */
  slot?: string;
  /** The page address, for components that read `Astro.url`. */
  url?: string;
}

let container: Promise<AstroContainer> | undefined;

// The dev server marks every element with its source file and line; the built site has no such marks.
const stripSourceMarks = (html: string) =>
  html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

async function renderAny(
  component: Component,
  props: Record<string, unknown>,
  { slot, url }: RenderOptions,
): Promise<string> {
  container ??= AstroContainer.create();
  const html = await (
    await container
  ).renderToString(component, {
    props,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
    ...(url === undefined ? {} : { request: new Request(url) }),
  });
  return stripSourceMarks(html);
}

/** Renders a component with type-checked props. */
export function render<C extends Component>(
  component: C,
  props: PropsOf<C>,
  options: RenderOptions = {},
): Promise<string> {
  return renderAny(component, props as Record<string, unknown>, options);
}

/** Renders with props no type checker has seen, as an editor writes them in MDX. */
export function renderUnchecked(
  component: Component,
  props: Record<string, unknown>,
  options: RenderOptions = {},
): Promise<string> {
  return renderAny(component, props, options);
}

/** The outermost `<tag>` elements of `html`, in document order, each with its content. */
export function elements(html: string, tag: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g'))) {
    if (match[1] === '') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) found.push(html.slice(start, match.index + match[0].length));
    }
  }
  return found;
}

/** The content between the outer element's opening and closing tags. */
export function inner(element: string): string {
  return element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'));
}

/** Every opening `<tag …>` in `html`, attributes included. */
export function openingTags(html: string, tag: string): string[] {
  return html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
}

/** An attribute's value on the first opening tag of `element`; undefined when absent. */
export function attribute(element: string, name: string): string | undefined {
  const [tag = ''] = element.match(/^<[^>]*>/) ?? [];
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** The text a reader gets: tags become spaces, entities are decoded, whitespace is collapsed. */
export function text(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

// Astro's `reference()` keeps the referenced id with its collection; the schemas are the build's own.
const treatmentData = treatmentSchema(
  z.string().transform((id) => ({ collection: 'practitioners' as const, id })),
  z.never(),
);
// `image()` needs Astro's image pipeline; fixtures give no photo, and one given would be refused.
const practitionerData = practitionerSchema(z.never());

/** A treatment entry as `getCollection('treatments')` returns it, from a file's frontmatter. */
export function treatmentEntry(id: string, frontmatter: unknown): Treatment {
  return { id, collection: 'treatments', data: treatmentData.parse(frontmatter) };
}

/** A practitioner entry as `getCollection('practitioners')` returns it, from a file's frontmatter. */
export function practitionerEntry(id: string, frontmatter: unknown): Practitioner {
  return { id, collection: 'practitioners', data: practitionerData.parse(frontmatter) };
}
