import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import config from '../../astro.config.mjs';
import packageJson from '../../package.json' with { type: 'json' };
import editor from '~/editor/integration';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the editor's setup as Astro would for `command`, and returns what it asked to change. */
async function setupFor(command: 'dev' | 'build' | 'preview') {
  const updateConfig = vi.fn();
  const injectScript = vi.fn();
  const setup = editor({ writingCheck: () => Promise.resolve() }).hooks[
    'astro:config:setup'
  ] as Setup;
  await setup({
    command,
    config: { root: new URL('../../', import.meta.url) },
    updateConfig,
    injectScript,
    logger: { warn: vi.fn() },
  } as unknown as Parameters<Setup>[0]);
  return [...updateConfig.mock.calls, ...injectScript.mock.calls].map(
    ([change]) => change as Record<string, unknown>,
  );
}

describe('the browser editor integration', () => {
  it('adds nothing to a build or to a preview of the build', async () => {
    expect(await setupFor('build')).toEqual([]);
    expect(await setupFor('preview')).toEqual([]);
  });

  it('adds the forms and React to npm run dev', async () => {
    const [change] = await setupFor('dev');
    const names = (change?.['integrations'] as { name: string }[]).map(({ name }) => name);
    expect(names).toEqual(['@astrojs/react', 'keystatic', 'clinic-unsaved-guard']);
  });

  it('leaves no CORS answer for another page to read: the origin check answers it', async () => {
    const [change] = await setupFor('dev');
    const vite = change?.['vite'] as { server: { cors: unknown } };
    expect(vite.server.cors).toBe(false);
  });

  it('keeps the preview on this computer', () => {
    expect(config.server).toBeUndefined();
    for (const script of [packageJson.scripts.dev, packageJson.scripts.edit]) {
      expect(script).not.toMatch(/--host/);
    }
  });
});
