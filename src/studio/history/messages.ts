/** The trailer that marks a commit as a publish: the version that went live. */
export const PUBLISH_TRAILER = 'Studio-Publish';
/** The trailer on a put back, naming the publish whose content it brought back. */
export const PUT_BACK_TRAILER = 'Studio-Put-Back';

const STUDIO_TRAILER_LINE = /^Studio-[A-Za-z-]+: .*$/;

/** An editor's message as git should keep it: trimmed, with `fallback` when nothing is left. */
export function commitMessage(message: string, fallback: string): string {
  const text = message.replace(/\r\n?/g, '\n').trim();
  return text === '' ? fallback : text;
}

/**
 * The message with the studio's trailers as its last paragraph. Only that paragraph is read back,
 * so a trailer-like line an editor types into the message stays words.
 */
export function withTrailers(message: string, trailers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(trailers).map(([key, value]) => `${key}: ${value}`);
  return `${message}\n\n${lines.join('\n')}`;
}

/** A commit's message as the editor wrote it, without the studio's trailers. */
export function withoutTrailers(message: string): string {
  const text = message.trimEnd();
  const start = text.lastIndexOf('\n\n');
  const last = text.slice(start + 2);
  const isTrailers = start >= 0 && last.split('\n').every((line) => STUDIO_TRAILER_LINE.test(line));
  return isTrailers ? text.slice(0, start).trimEnd() : text;
}
