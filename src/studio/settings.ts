import { resolve } from 'node:path';

/** How the studio is set up on a server: read once, at start, from its environment. */
export interface StudioSettings {
  /** The working copy of the repository the studio edits and publishes from. */
  repo: string;
  /** The studio's public address, as the browser sees it behind nginx. */
  origin: string;
  host: string;
  port: number;
  /** The accounts database, the forms app and the draft build. */
  dataDir: string;
  /** The live public folder nginx serves: a link switched to each new release. */
  siteDir: string;
  /** The git remote each publish is pushed to, when one is set. */
  pushTo: string | undefined;
}

export class SettingsMistake extends Error {
  override name = 'SettingsMistake';
}

function originOf(text: string | undefined): string {
  if (!text) {
    throw new SettingsMistake(
      'STUDIO_ORIGIN is not set. Set it to the studio address, for example STUDIO_ORIGIN=https://studio.theskinclinic.example',
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingsMistake(
      `STUDIO_ORIGIN is not a web address: ${text}. For example: https://studio.theskinclinic.example`,
    );
  }
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    throw new SettingsMistake(
      `STUDIO_ORIGIN must start with https:// (only this computer may use http): ${text}`,
    );
  }
  return url.origin;
}

function portOf(text: string | undefined): number {
  if (text === undefined || text === '') return 4330;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new SettingsMistake(`STUDIO_PORT must be a whole number from 1 to 65535, not ${text}.`);
  }
  return port;
}

export function studioSettings(
  env: Readonly<Record<string, string | undefined>>,
  repo: string,
): StudioSettings {
  const dataDir = resolve(repo, env['STUDIO_DATA'] || '.studio');
  return {
    repo,
    origin: originOf(env['STUDIO_ORIGIN']),
    host: env['STUDIO_HOST'] || '127.0.0.1',
    port: portOf(env['STUDIO_PORT']),
    dataDir,
    siteDir: resolve(repo, env['SITE_DIR'] || 'dist'),
    pushTo: env['STUDIO_PUSH'] || undefined,
  };
}
