/**
 * A box's settings as data. Editors write a setting as words in quote marks or a list of them in
 * brackets (`do={["Use SPF every day"]}`); anything else between the brackets would be code, so it
 * is read as JSON or refused.
 */
import { MDX_PROPS } from '../../schemas/mdx-props.ts';
import { settingNotData, unknownSetting } from './body-messages.ts';

/** A setting as the parser gives it: a name and, unless it is bare, a value or a `{...}` value. */
export interface WrittenSetting {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

type Data = string | number | boolean | null | Data[];

const isData = (value: unknown): value is Data =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every(isData));

function settingValue(written: WrittenSetting['value']): { data: Data } | undefined {
  // A bare setting, `<Warning open>`, is JSX for true.
  if (written === undefined || written === null) return { data: true };
  if (typeof written === 'string') return { data: written };
  try {
    const data: unknown = JSON.parse(written.value);
    return isData(data) ? { data } : undefined;
  } catch {
    return undefined;
  }
}

export type BoxName = keyof typeof MDX_PROPS;

/** The problems with the settings of one box, each as a message for the editor. */
export function boxSettingProblems(box: BoxName, settings: readonly WrittenSetting[]): string[] {
  const schema = MDX_PROPS[box];
  const known = Object.keys(schema.shape);
  const props: Record<string, Data> = {};
  const problems: string[] = [];
  for (const setting of settings) {
    const name = setting.type === 'mdxJsxAttribute' ? (setting.name ?? '') : '{...}';
    const value = setting.type === 'mdxJsxAttribute' ? settingValue(setting.value) : undefined;
    if (setting.type === 'mdxJsxAttribute' && !known.includes(name))
      problems.push(unknownSetting(box, name, known));
    else if (value === undefined) problems.push(settingNotData(box, name));
    else props[name] = value.data;
  }
  if (problems.length > 0) return problems;
  const result = schema.safeParse(props);
  return result.success ? [] : [...new Set(result.error.issues.map(({ message }) => message))];
}
