import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../helpers/temp-folders';

const SELF_SIGNED = 'req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1'.split(' ');

/** A certificate for 127.0.0.1 made for one test file alone, and the only one its requests trust. */
export function selfSignedCertificate() {
  const folder = tempFolder('certificate');
  const certificate = join(folder, 'certificate.pem');
  const certificateKey = join(folder, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      ...SELF_SIGNED,
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      certificateKey,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(
      `openssl could not make a certificate (apt-get install -y openssl):\n${made.stderr ?? made.error}`,
    );
  return { certificate, certificateKey, ca: readFileSync(certificate, 'utf8') };
}
