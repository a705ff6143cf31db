import { expect, it } from 'vitest';
import { mdxComponents } from '~/components/mdx';
import { MDX_COMPONENT_NAMES } from '~/content-check/body/mdx-names';

it('the content check knows the same boxes as the pages offer', () => {
  expect([...MDX_COMPONENT_NAMES].sort()).toEqual(Object.keys(mdxComponents).sort());
});
