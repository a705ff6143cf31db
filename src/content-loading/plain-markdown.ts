/**
 * Whether an MDX body reads the same as plain Markdown: no components, expressions, imports or
 * HTML (nothing with `<`, `{` or `}`, no `import` or `export` line), no indented line, which
 * Markdown would show as code and MDX as a paragraph, and no image, which Astro would have to
 * process as an asset of the module. Such a body can be rendered once by the content layer and
 * kept in its store between builds, instead of compiled and bundled as a module on every build.
 */
export function isPlainMarkdown(body: string): boolean {
  if (/[<{}]|!\[/.test(body)) return false;
  return !body.split('\n').some((line) => /^(import|export)\s|^( {4}|\t)/.test(line));
}
