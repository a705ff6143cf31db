import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STUDIO_DEPLOY_FILES, STUDIO_SELF_HOSTED } from '~/studio/deploy/self-hosted';
import { REPOSITORY } from '../../helpers/content-fixtures';
import { tempFolder } from '../../helpers/temp-folders';
import { onlyValue, readUnitFile } from './unit-file';

const text = readFileSync(join(REPOSITORY, STUDIO_DEPLOY_FILES.unit), 'utf8');
const unit = readUnitFile(text);
const service = (key: string) => onlyValue(unit, 'Service', key);

/** The unit's `Environment=` settings as names and values. */
const environment = new Map(
  (unit.get('Service')?.get('Environment') ?? []).map((setting) => {
    const equals = setting.indexOf('=');
    return [setting.slice(0, equals), setting.slice(equals + 1)];
  }),
);

const REPO = '/srv/clinic/site';

/** systemd's sandboxing, each setting as the unit must give it. */
const SANDBOX = {
  NoNewPrivileges: 'yes',
  ProtectSystem: 'strict',
  ReadWritePaths: '/srv/clinic',
  ProtectHome: 'yes',
  PrivateTmp: 'yes',
  PrivateDevices: 'yes',
  ProtectKernelTunables: 'yes',
  ProtectKernelModules: 'yes',
  ProtectKernelLogs: 'yes',
  ProtectControlGroups: 'yes',
  ProtectClock: 'yes',
  ProtectHostname: 'yes',
  RestrictAddressFamilies: 'AF_UNIX AF_INET AF_INET6',
  RestrictNamespaces: 'yes',
  RestrictRealtime: 'yes',
  RestrictSUIDSGID: 'yes',
  LockPersonality: 'yes',
  SystemCallArchitectures: 'native',
  CapabilityBoundingSet: '',
  AmbientCapabilities: '',
  UMask: '0027',
};

describe(`${STUDIO_DEPLOY_FILES.unit}`, () => {
  it('runs the studio as the plan says: the project’s Node in the repository, as user studio', () => {
    expect(service('ExecStart')).toBe(`${REPO}/node_modules/.bin/node scripts/studio.ts`);
    expect(service('WorkingDirectory')).toBe(REPO);
    expect(service('User')).toBe('studio');
    expect(service('Group')).toBe('studio');
    expect(service('Restart')).toBe('on-failure');
    expect(onlyValue(unit, 'Install', 'WantedBy')).toBe('multi-user.target');
  });

  it('serves the studio where nginx sends its requests, at the address nginx serves', () => {
    const upstream = new URL(STUDIO_SELF_HOSTED.upstream);
    expect(environment.get('STUDIO_HOST')).toBe(upstream.hostname);
    expect(environment.get('STUDIO_PORT')).toBe(upstream.port);
    expect(environment.get('STUDIO_ORIGIN')).toBe(`https://${STUDIO_SELF_HOSTED.serverName}`);
    expect(environment.get('SITE_DIR')).toBe(STUDIO_SELF_HOSTED.challengeRoot);
  });

  it('takes the clinic’s own settings from a file that may be missing', () => {
    expect(service('EnvironmentFile')).toBe('-/etc/clinic-studio.env');
  });

  it('lets the studio write only under /srv/clinic, its repository and data included', () => {
    const writable = service('ReadWritePaths');
    for (const path of [REPO, environment.get('STUDIO_DATA'), environment.get('SITE_DIR')])
      expect(path?.startsWith(`${writable}/`), `${path} is under ${writable}`).toBe(true);
  });

  it.each(Object.entries(SANDBOX))('sets %s=%s', (key, value) => {
    expect(service(key)).toBe(value);
  });

  it('caps memory and processes, builds included', () => {
    expect(service('MemoryMax')).toMatch(/^\d+G$/);
    expect(Number(service('TasksMax'))).toBeGreaterThan(0);
  });

  it('leaves MemoryDenyWriteExecute off, which V8 cannot run with, and says why', () => {
    expect(unit.get('Service')?.has('MemoryDenyWriteExecute')).toBe(false);
    expect(text).toMatch(/# MemoryDenyWriteExecute= stays off: V8/);
  });
});

const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!systemdAnalyze)
  console.warn(
    `\n!!! SYSTEMD CHECK OF ${STUDIO_DEPLOY_FILES.unit} SKIPPED: systemd-analyze is not installed here.\n`,
  );

/** The unit with the repository moved to a folder of the test's, where `node` is this machine's. */
function unitInTempRepository(): string {
  const folder = tempFolder('systemd-unit');
  const repo = join(folder, 'site');
  mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(process.execPath, join(repo, 'node_modules', '.bin', 'node'));
  const file = join(folder, 'clinic-studio.service');
  writeFileSync(file, text.replaceAll(REPO, repo));
  return file;
}

describe.skipIf(!systemdAnalyze)(`${STUDIO_DEPLOY_FILES.unit} on this machine’s systemd`, () => {
  it('passes systemd-analyze verify without a warning', () => {
    const check = spawnSync('systemd-analyze', ['verify', unitInTempRepository()], {
      encoding: 'utf8',
    });
    expect(check.stderr + check.stdout).toBe('');
    expect(check.status).toBe(0);
  });

  it('is rated at most OK by systemd-analyze security', () => {
    const rating = spawnSync(
      'systemd-analyze',
      ['security', '--offline=yes', '--no-pager', unitInTempRepository()],
      { encoding: 'utf8' },
    );
    const overall = /Overall exposure level for \S+: ([\d.]+) (\w+)/.exec(rating.stdout);
    expect(overall, rating.stdout + rating.stderr).not.toBeNull();
    expect(['SAFE', 'OK']).toContain(overall![2]);
  });
});
