import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '~/lib/whole-file';
import { tempFolder } from '../helpers/temp-folders';

describe('writing a file whole', () => {
  it('puts the file under its name, with nothing else left beside it', async () => {
    const dir = tempFolder('whole-file');
    await writeWhole(join(dir, 'card.png'), async (partial) => writeFileSync(partial, 'a card'));
    expect(readdirSync(dir)).toEqual(['card.png']);
    expect(readFileSync(join(dir, 'card.png'), 'utf8')).toBe('a card');
  });

  it('leaves nothing under the name when the writer stops halfway', async () => {
    const dir = tempFolder('whole-file');
    const stopped = writeWhole(join(dir, 'card.png'), async (partial) => {
      writeFileSync(partial, 'half a');
      throw new Error('stopped');
    });
    await expect(stopped).rejects.toThrow('stopped');
    expect(existsSync(join(dir, 'card.png'))).toBe(false);
  });
});
