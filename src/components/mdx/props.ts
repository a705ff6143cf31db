/**
 * MDX components are written by editors without type checking, so their props are checked when the
 * page is built and a mistake stops the build with the component, the prop and a right example.
 */
export class ComponentPropError extends Error {
  constructor(component: string, prop: string, example: string) {
    super(`<${component}> needs ${prop}, for example <${component} ${prop}=${example}>`);
    this.name = 'ComponentPropError';
  }
}

/** A non-empty text prop. */
export function requireText(
  component: string,
  prop: string,
  value: unknown,
  example: string,
): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new ComponentPropError(component, prop, `"${example}"`);
}

/** A non-empty list of texts. */
export function requireList(
  component: string,
  prop: string,
  value: unknown,
  example: readonly string[],
): string[] {
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'string' && item.trim() !== '')
  ) {
    return value.map((item: string) => item.trim());
  }
  throw new ComponentPropError(component, prop, `{${JSON.stringify(example)}}`);
}
