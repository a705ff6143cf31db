/**
 * While the content has no mistakes but its words have warnings, each page of the preview still
 * shows, with a short notice at its top that opens to the same boxes `npm run check:content` prints.
 */
import type { ServerResponse } from 'node:http';
import { escapeHtml as escape } from '../../lib/html-entities.ts';
import type { ContentProblem } from '../problem.ts';
import { problemBox } from './problem-page.ts';

const STYLE = `#writing-notice { font: 1rem/1.5 system-ui, sans-serif; color: #1f2328; background: #fffbeb; border-bottom: 0.25rem solid #b54708; padding: 0.5rem 1rem; }
#writing-notice summary { cursor: pointer; font-weight: 700; }
#writing-notice section { border-left: 0.375rem solid #b54708; padding: 0.5rem 1rem; margin: 0.75rem 0; background: #fff; }
#writing-notice h2 { font-size: 1rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
#writing-notice dt { font-weight: 700; }
#writing-notice dd { margin: 0 0 0.25rem; }`;

/** The notice for these warnings, or nothing when there are none. */
export function warningNotice(warnings: readonly ContentProblem[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 thing' : `${warnings.length} things`;
  return `<aside id="writing-notice" aria-label="Words to look at"><style>${STYLE}</style><details>
<summary>The words on the site have ${escape(count)} to look at before publishing</summary>
<p>The site can still be published. Each box says where the words are, why they may be a problem, and what to write instead.</p>
${warnings.map(problemBox).join('\n')}
</details></aside>`;
}

/** `page` with the notice as the first thing in its body. */
export function withNotice(page: string, notice: string): string {
  if (notice === '') return page;
  const body = /<body[^>]*>/i.exec(page);
  if (!body) return page;
  const at = body.index + body[0].length;
  return page.slice(0, at) + notice + page.slice(at);
}

type Headers = Record<string, number | string | string[] | undefined>;

const htmlIn = (type: unknown) => String(type ?? '').includes('text/html');

/**
 * Holds back an HTML response, and sends it with the notice in it. Astro's dev server sends its
 * headers with `writeHead`, so those are held too, and sent with the page's new length.
 */
export function addNoticeTo(response: ServerResponse, notice: string) {
  if (notice === '') return;
  const ownWriteHead = response.writeHead;
  const writeHead = ownWriteHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let held: { status: number; headers: Headers } | undefined;
  let html: boolean | undefined;
  const chunks: Buffer[] = [];
  const isHtml = () => (html ??= htmlIn(response.getHeader('content-type')));

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find(
      (arg): arg is Headers => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
    );
    const type = headers
      ? Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
      : undefined;
    html = htmlIn(type ?? response.getHeader('content-type'));
    if (!html) return writeHead(status, ...rest);
    held = { status, headers: headers ?? {} };
    return response;
  }) as ServerResponse['writeHead'];

  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!isHtml()) return write(chunk, ...rest);
    chunks.push(Buffer.from(chunk as Uint8Array));
    return true;
  }) as ServerResponse['write'];

  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    // Node's own end calls writeHead when no headers were sent: that one must send them.
    response.writeHead = ownWriteHead;
    if (!isHtml()) return end(chunk, ...rest);
    if (chunk !== undefined && typeof chunk !== 'function')
      chunks.push(Buffer.from(chunk as Uint8Array));
    const page = withNotice(Buffer.concat(chunks).toString('utf8'), notice);
    const length = Buffer.byteLength(page);
    if (held) {
      const headers = Object.fromEntries(
        Object.entries(held.headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
      );
      writeHead(held.status, { ...headers, 'content-length': length });
    } else if (!response.headersSent) response.setHeader('content-length', length);
    return end(page);
  }) as ServerResponse['end'];
}
