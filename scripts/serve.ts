/**
 * `npm run serve`: the self-hosted server, nginx, on the built `dist/` at the port in PORT (8080 when
 * unset), with the headers of `dist/_headers`. Stops, and removes its temporary files, on Ctrl+C.
 */
import { resolve } from 'node:path';
import { startNginx } from '~/publish/nginx-server';

const port = Number(process.env['PORT'] ?? 8080);
const server = await startNginx(resolve(process.env['OUT_DIR'] ?? 'dist'), '0.0.0.0', port);
console.log(`Serving dist/ with nginx on port ${port}. Press Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
