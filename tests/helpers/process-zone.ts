import { afterAll, beforeAll } from 'vitest';

/** Runs the enclosing `describe` with the process in another zone, so local-time mistakes show. */
export function inProcessZone(zone: string): void {
  const original = process.env['TZ'];
  beforeAll(() => {
    process.env['TZ'] = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });
}
