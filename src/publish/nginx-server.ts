import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { portOpen } from '../lib/port-open.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHeadersFile } from './headers-file';
import { NGINX_PATHS, nginxConfig } from './nginx-config';

/** A running nginx: the address it serves (and its HTTPS address, if any) and how to stop it. */
export interface RunningNginx {
  origin: string;
  httpsOrigin?: string | undefined;
  stop: () => Promise<void>;
}

/** HTTPS on a second port, with a certificate and key in PEM files. */
export interface HttpsOptions {
  port: number;
  certificate: string;
  certificateKey: string;
}

/** What is missing for `startNginx`, in words, or undefined when nginx can run. */
export function nginxMissing(): string | undefined {
  if (!existsSync(NGINX_PATHS.binary)) return `nginx is not installed at ${NGINX_PATHS.binary}`;
  if (!existsSync(NGINX_PATHS.brotliModule))
    return `nginx's brotli module is not installed at ${NGINX_PATHS.brotliModule}`;
  return undefined;
}

/**
 * Starts nginx in the foreground on a built site, with a configuration made from the site's own
 * `_headers` in a temporary folder; `stop` ends it and removes the folder. With `https`, the site
 * is served on that port and plain HTTP on `port` redirects there.
 */
export async function startNginx(
  dist: string,
  host: string,
  port: number,
  https?: HttpsOptions,
): Promise<RunningNginx> {
  const missing = nginxMissing();
  if (missing)
    throw new Error(`${missing}: apt-get install -y nginx libnginx-mod-http-brotli-static`);
  const root = resolve(dist);
  const workDir = await mkdtemp(join(tmpdir(), 'clinic-nginx-'));
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const config = join(workDir, 'nginx.conf');
  const tls = https && {
    listen: `${host}:${https.port}`,
    certificate: resolve(https.certificate),
    certificateKey: resolve(https.certificateKey),
  };
  await writeFile(config, nginxConfig({ root, listen: `${host}:${port}`, workDir, rules, tls }));

  const nginx = spawn(NGINX_PATHS.binary, ['-p', workDir, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  nginx.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
    await exited;
    await rm(workDir, { recursive: true, force: true });
  };

  const listening = async () =>
    (await portOpen(port, host)) && (!https || (await portOpen(https.port, host)));
  for (let tries = 0; tries < 100; tries += 1) {
    if (nginx.exitCode !== null) break;
    if (await listening())
      return {
        origin: `http://${host}:${port}`,
        httpsOrigin: https && `https://${host}:${https.port}`,
        stop,
      };
    await new Promise((wait) => setTimeout(wait, 50));
  }
  await stop();
  throw new Error(`nginx did not start on ${host}:${port}:\n${errors}`);
}
