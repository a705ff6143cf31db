import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as requestOverTls, type Agent } from 'node:https';
import { portOpen } from '../../src/lib/port-open.ts';
import { join } from 'node:path';
import { parseHeadersFile } from '~/publish/headers-file';
import { NGINX_PATHS, nginxConfig } from '~/publish/nginx-config';
import { studioNginxConfig } from '~/studio/deploy/nginx-config';
import { REPOSITORY } from '../helpers/content-fixtures';
import { tempFolder } from '../helpers/temp-folders';
import { selfSignedCertificate } from './certificate';
import { freePort } from '~/lib/port-open';
import type { Answer } from './requests';

/** The studio's host name in these tests: a name, so the studio is chosen by name, as on the server. */
export const STUDIO_NAME = 'studio.localhost';

/** What a file in the public site's folder holds, to tell the site's answers from the studio's. */
export const SITE_PAGE = 'the public site';
export const CHALLENGE = 'token-from-the-certificate-authority';

/** nginx serving the public site and, by name on the same ports, the studio in front of `upstream`. */
export interface StudioBehindNginx {
  httpsPort: number;
  httpPort: number;
  /** The only certificates the test's requests trust: the site's (for 127.0.0.1) and the studio's. */
  siteCa: string;
  studioCa: string;
  stop: () => Promise<void>;
}

function studioCertificate() {
  const folder = tempFolder('studio-certificate');
  const certificate = join(folder, 'certificate.pem');
  const certificateKey = join(folder, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      ...`req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=${STUDIO_NAME}`.split(' '),
      ...['-addext', `subjectAltName=DNS:${STUDIO_NAME}`],
      ...['-keyout', certificateKey, '-out', certificate],
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`);
  return { certificate, certificateKey, ca: readFileSync(certificate, 'utf8') };
}

/** A folder nginx's workers, which run as `nobody` when nginx is started by root, can enter. */
function openFolder(purpose: string): string {
  const folder = tempFolder(purpose);
  chmodSync(folder, 0o755);
  return folder;
}

function publicSite(): string {
  const root = openFolder('studio-public-site');
  writeFileSync(join(root, 'index.html'), SITE_PAGE);
  writeFileSync(join(root, '404.html'), 'not found');
  mkdirSync(join(root, '.well-known', 'acme-challenge'), { recursive: true });
  writeFileSync(join(root, '.well-known', 'acme-challenge', 'token'), CHALLENGE);
  return root;
}

/**
 * Starts nginx with the public site's configuration and the studio's included in it, as the
 * clinic's server has them (docs/publishing.md), on two ports of 127.0.0.1 shared by both. The
 * public site is `siteRoot` when given, or a stand-in folder.
 */
export async function startStudioNginx(
  upstreamPort: number,
  siteRoot?: string,
): Promise<StudioBehindNginx> {
  const workDir = openFolder('studio-nginx');
  const root = siteRoot ?? publicSite();
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = selfSignedCertificate();
  const studio = studioCertificate();
  const studioFile = join(workDir, 'studio.conf');
  writeFileSync(
    studioFile,
    studioNginxConfig({
      serverName: STUDIO_NAME,
      listen: `127.0.0.1:${httpsPort}`,
      httpListen: `127.0.0.1:${httpPort}`,
      certificate: studio.certificate,
      certificateKey: studio.certificateKey,
      upstream: `http://127.0.0.1:${upstreamPort}`,
      challengeRoot: root,
    }),
  );
  const config = join(workDir, 'nginx.conf');
  writeFileSync(
    config,
    nginxConfig({
      root,
      listen: `127.0.0.1:${httpPort}`,
      workDir,
      rules: parseHeadersFile(readFileSync(join(REPOSITORY, 'public', '_headers'), 'utf8')),
      tls: { listen: `127.0.0.1:${httpsPort}`, ...site },
      include: studioFile,
    }),
  );

  const nginx = spawn(NGINX_PATHS.binary, ['-p', workDir, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  nginx.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
    await exited;
  };
  // nginx opens every listening socket before it accepts on any.
  while (nginx.exitCode === null && !(await portOpen(httpsPort)))
    await new Promise((wait) => setTimeout(wait, 50));
  if (nginx.exitCode !== null) throw new Error(`nginx did not start:\n${errors}`);
  return { httpsPort, httpPort, siteCa: site.ca, studioCa: studio.ca, stop };
}

/** What a request to the studio's host name may carry, and where it comes from. */
export interface StudioRequest {
  method?: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
  /** Send the headers only and wait for the answer, as a client does before a large body. */
  headersOnly?: boolean;
  /** The client's own address: each 127.x.x.x address is another client to nginx's limits. */
  localAddress?: string;
  agent?: Agent;
}

/** A request over HTTPS for the studio's host name (in the TLS handshake and the Host header). */
export function askStudio(
  nginx: StudioBehindNginx,
  path: string,
  { method = 'GET', headers = {}, body, headersOnly, localAddress, agent }: StudioRequest = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = requestOverTls(
      {
        host: '127.0.0.1',
        port: nginx.httpsPort,
        servername: STUDIO_NAME,
        ca: nginx.studioCa,
        path,
        method,
        headers: { host: `${STUDIO_NAME}:${nginx.httpsPort}`, ...headers },
        ...(localAddress ? { localAddress } : {}),
        ...(agent ? { agent } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answerHeaders: Record<string, string | undefined> = {};
          for (const [name, value] of Object.entries(response.headers))
            answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
          resolve({
            status: response.statusCode!,
            headers: answerHeaders,
            body: Buffer.concat(chunks),
          });
          if (headersOnly) request.destroy();
        });
      },
    );
    request.on('error', reject);
    if (headersOnly) request.flushHeaders();
    else request.end(body);
  });
}
