import type { IncomingMessage, ServerResponse } from 'node:http';
import { EDITOR_POLICY } from '../../editor/editor-policy.ts';

/** The studio's own forms are a few short fields; anything longer is not from them. */
const MOST_FORM_BYTES = 16_384;

export class FormTooLarge extends Error {
  override name = 'FormTooLarge';
}

export function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MOST_FORM_BYTES) {
        // The answer says why; the connection is closed after it rather than read to the end.
        request.pause();
        reject(new FormTooLarge('The form sent too much.'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

/** A Node request's headers as the Web `Headers` the accounts library reads. */
export function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/** Every studio answer: never cached, never framed, never sniffed into another type. */
export function studioHeaders(response: ServerResponse): void {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'same-origin');
}

/** The studio's own pages load nothing but its style sheet, and post only to themselves. */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The forms' own policy (src/editor/), never framed and with no other base, as the studio's pages. */
export const FORMS_POLICY = `${EDITOR_POLICY}; frame-ancestors 'none'; base-uri 'none'`;

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Security-Policy', PAGE_POLICY);
  response.end(html);
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(`${text}\n`);
}

export function redirect(
  response: ServerResponse,
  to: string,
  cookies: readonly string[] = [],
): void {
  response.statusCode = 303;
  if (cookies.length > 0) response.setHeader('Set-Cookie', [...cookies]);
  response.setHeader('Location', to);
  response.end();
}
