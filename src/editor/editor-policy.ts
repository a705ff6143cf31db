/**
 * Keystatic's screen asks Google Fonts for Inter, with no setting to stop it. This policy keeps the
 * forms on the address they came from: the browser refuses that request before it is sent, and the
 * system font is used. Inline code and eval stay allowed because the forms' scripts and styles need them.
 */
export const EDITOR_POLICY = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
