import { chmodSync, cpSync, realpathSync } from 'node:fs';
import { request, type Agent } from 'node:http';
import { request as requestOverTls } from 'node:https';
import { connect } from 'node:net';
import { DIST } from '../helpers/built-site';
import { tempFolder } from '../helpers/temp-folders';

/** A reply as it came: duplicate headers joined with `, `, as Node's own client joins them. */
export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/**
 * Sends bytes as they are, malformed or not, and reads the reply until nginx closes the
 * connection; the client's half is closed after sending, so nginx closes its own once it answers.
 */
export function rawExchange(
  origin: string,
  bytes: string,
  { endFirst = true }: { endFirst?: boolean } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () =>
      endFirst ? socket.end(bytes) : socket.write(bytes),
    );
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      const reply = Buffer.concat(chunks);
      const end = reply.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`No reply to ${JSON.stringify(bytes.slice(0, 40))}`));
      const [statusLine, ...lines] = reply.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        const value = line.slice(colon + 1).trim();
        headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
      }
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers,
        body: reply.subarray(end + 4),
      });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // nginx may reset a connection once it has answered a request it refuses (a body too large),
      // which can reach a busy client after the answer: the answer read so far is then the reply,
      // and its assertions still see a cut-short one.
      if (error.code === 'ECONNRESET' && chunks.length > 0) return finish();
      settled = true;
      reject(error);
    });
    socket.on('close', finish);
  });
}

/**
 * A request from Node's own client, which neither follows redirects nor decompresses; over HTTPS
 * it trusts only the certificate `ca`.
 */
export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; agent?: Agent; ca?: string } = {},
): Promise<Answer> {
  const start = url.startsWith('https:') ? requestOverTls : request;
  return new Promise((resolve, reject) => {
    start(url, options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(response.headers))
          headers[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** A copy of the built site that a test may add files to, readable by nginx's worker processes. */
export function siteCopy(purpose: string): string {
  const root = tempFolder(purpose);
  // `dist` is a link to the live release; copy the release itself, not the link.
  cpSync(realpathSync(DIST), root, { recursive: true });
  // nginx started by root runs its workers as `nobody`, who must be able to enter the folder.
  chmodSync(root, 0o755);
  return root;
}
