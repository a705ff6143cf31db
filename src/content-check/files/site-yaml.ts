import { parse } from 'yaml';

/**
 * How `content/site.yaml` is read, by the build and by the content check alike. No alias is
 * expanded (`maxAliasCount: 0`): a few lines of them can stand for billions of values.
 */
export const parseSiteYaml = (text: string): unknown => parse(text, { maxAliasCount: 0 });
