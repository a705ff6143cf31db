import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site';

const builtFiles = () =>
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

// The browser editor belongs to `npm run dev`; the published site must not carry any of it.
describe('the built site leaves the browser editor out', () => {
  it('has no editor pages, no server code and no React', () => {
    const files = builtFiles();
    expect(files.length).toBeGreaterThan(0);
    const paths = files.map((file) => file.slice(DIST.length));
    expect(paths.filter((path) => /keystatic|^\/(server|_worker)/i.test(path))).toEqual([]);
    const mentions = files.filter((file) =>
      /keystatic|react-dom|astro-island/i.test(readFileSync(file, 'latin1')),
    );
    expect(mentions.map((file) => file.slice(DIST.length))).toEqual([]);
  });
});
