import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port nothing listens on now, found by asking the system for one and letting it go. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
