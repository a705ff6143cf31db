import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system Chromium, or undefined; browsers are never downloaded. */
export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

if (!chromiumPath) {
  const message =
    'No Chromium found at CHROME_PATH, /usr/bin/chromium or /usr/bin/chromium-browser. ' +
    'Install it (apt-get install -y chromium) or set CHROME_PATH.';
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped under CI.`);
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${message}\n`);
}

/** Whether this run can open pages; tests use it with `describe.skipIf`. */
export const noBrowser = !chromiumPath;

// Flags a root user in a container needs, and no calls home that a closed network refuses.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless system Chromium. */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium to launch');
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
}
