import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { DIST } from '../helpers/built-site';

/**
 * Serves the built `dist/` for the browser tests on a free port. `astro preview` allows one server
 * per project, which would clash with a developer's own preview, so a plain static server stands in.
 */
export default async function setup(project: TestProject) {
  const files = sirv(DIST, { dev: true, extensions: ['html'] });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('origin', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
