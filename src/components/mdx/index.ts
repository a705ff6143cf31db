import CareCard from './CareCard.astro';
import DoDontList from './DoDontList.astro';
import InsetText from './InsetText.astro';
import Warning from './Warning.astro';

/** Components editors may use in any MDX body without an import line. */
export const mdxComponents = { CareCard, DoDontList, InsetText, Warning };
