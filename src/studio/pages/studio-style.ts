/** The studio's one style sheet, read on a phone first: large type, full-width controls. */
export const STUDIO_STYLE = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.5 system-ui, sans-serif; color: #1f2328; background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
a { color: #0b57d0; }
.bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; padding: 0.5rem 1rem; background: #f3f4f6; border-bottom: 1px solid #d0d7de; }
.bar nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.bar nav a { display: inline-block; padding: 0.5rem 0; min-height: 2.75rem; line-height: 1.75rem; font-weight: 600; }
.out { display: flex; gap: 0.5rem; align-items: center; margin: 0; }
button, .button { font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid #0b57d0; border-radius: 0.375rem; background: #0b57d0; color: #fff; cursor: pointer; }
.out button, button.quiet { background: #fff; color: #0b57d0; }
label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
input, textarea { font: inherit; width: 100%; padding: 0.5rem; border: 2px solid #57606a; border-radius: 0.375rem; }
input:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.hint { color: #57606a; margin: 0 0 0.25rem; font-size: 1rem; }
.notice { border-left: 0.375rem solid #0b57d0; background: #eef4ff; padding: 0.75rem 1rem; margin: 1rem 0; }
.good { border-left-color: #1a7f37; background: #eefbf1; }
.bad { border-left-color: #b42318; background: #fef3f2; }
.problems section { border-left: 0.375rem solid #b42318; padding: 0.75rem 1rem; margin: 1rem 0; background: #fef3f2; }
.warnings section { border-left: 0.375rem solid #9a6700; padding: 0.75rem 1rem; margin: 1rem 0; background: #fff8c5; }
.problems h2, .warnings h2 { font-size: 1.125rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
dl { margin: 0; } dt { font-weight: 700; margin-top: 0.5rem; } dd { margin: 0; overflow-wrap: anywhere; }
pre, code { font-family: ui-monospace, monospace; font-size: 1rem; }
pre { margin: 0.25rem 0 0; padding: 0.5rem; background: #fff; border: 1px solid #d0d7de; white-space: pre-wrap; overflow-wrap: anywhere; }
ul.changes { padding-left: 1.25rem; }
ol.publishes { list-style: none; padding: 0; }
ol.publishes > li { border-top: 1px solid #d0d7de; padding: 1rem 0; }
.meta { color: #57606a; font-size: 1rem; margin: 0; }
.message { font-weight: 600; margin: 0.25rem 0; overflow-wrap: anywhere; }
.live { display: inline-block; font-size: 0.875rem; font-weight: 700; padding: 0 0.5rem; border-radius: 1rem; background: #1a7f37; color: #fff; }
`;

/**
 * The style of the bar on preview pages alone: the site's own styles stay as they will be
 * published, so the bar's rules name nothing but the bar.
 */
export const PREVIEW_BAR_STYLE = `
.studio-preview-bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; justify-content: space-between; margin: 0; padding: 0.5rem 1rem; background: #1f2328; color: #fff; font: 600 1rem/1.5 system-ui, sans-serif; }
.studio-preview-bar p { margin: 0; }
.studio-preview-bar a { color: #fff; display: inline-block; min-height: 2.75rem; line-height: 2.75rem; text-decoration: underline; }
.studio-preview-bar a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;
