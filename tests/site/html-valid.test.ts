import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built-site';
import { REPOSITORY } from '../helpers/content-fixtures';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.html'),
);
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate, recommended rules)', () => {
  it('checks the whole site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        ({ line, column, ruleId, message }) => `${line}:${column} ${ruleId}: ${message}`,
      ),
    );
    expect(messages, `config: ${join(REPOSITORY, '.htmlvalidate.json')}`).toEqual([]);
  });
});
