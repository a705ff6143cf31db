import { describe, expect, it } from 'vitest';
import { problemPage } from '~/content-check/preview/problem-page';

const MISTAKE = {
  file: 'content/treatments/microneedling.mdx',
  line: 26,
  field: 'sessionInterval > value',
  message:
    'The number of days or weeks between two sessions must be a whole number written in figures. For example: value: 6\nunit: weeks',
};

describe('the page the preview shows while the content has a mistake', () => {
  const page = problemPage([MISTAKE], '/@vite/client');

  it('shows the block check:content prints: file and line, field, problem, example', () => {
    expect(page).toMatch('<h1>The content has 1 mistake to fix</h1>');
    expect(page).toMatch('<h2>content/treatments/microneedling.mdx, line 26</h2>');
    expect(page).toMatch('<dt>Field</dt><dd><code>sessionInterval &gt; value</code></dd>');
    expect(page).toMatch(
      '<dt>Problem</dt><dd>The number of days or weeks between two sessions must be a whole number written in figures.</dd>',
    );
    expect(page).toMatch('<dt>Example</dt><dd><pre>value: 6\nunit: weeks</pre></dd>');
  });

  it('reads on a phone and reloads itself', () => {
    expect(page).toMatch('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toMatch('<script type="module" src="/@vite/client"></script>');
  });

  it('counts the mistakes and shows text from the content as text', () => {
    const two = problemPage(
      [MISTAKE, { file: 'content/site.yaml', field: 'clinicName', message: '<b>"x"</b> & y' }],
      '/@vite/client',
    );
    expect(two).toMatch('<h1>The content has 2 mistakes to fix</h1>');
    expect(two).toMatch('<h2>content/site.yaml</h2>');
    expect(two).toMatch('<dd>&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y</dd>');
    expect(two).not.toMatch('<dt>Example</dt><dd><pre>&lt;b');
  });
});
