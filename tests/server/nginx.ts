import { nginxMissing } from '~/publish/nginx-server';

/** Why the nginx tests cannot run here, or undefined; a missing nginx fails under CI. */
export const noNginx = nginxMissing();

if (noNginx) {
  const message = `${noNginx}. Install it: apt-get install -y nginx libnginx-mod-http-brotli-static`;
  if (process.env['CI']) throw new Error(`${message} Server tests cannot be skipped under CI.`);
  console.warn(`\n!!! NGINX TESTS SKIPPED: ${message}\n`);
}
