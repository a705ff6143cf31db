import { describe, expect, it } from 'vitest';
import SummaryList from '~/components/SummaryList.astro';
import { attribute, elements, inner, render, text } from '../helpers/render';

const rows = [
  { key: 'Areas treated', value: 'Face and neck' },
  { key: 'Time between sessions', value: '6 weeks' },
  { key: 'Performed by', value: 'Karen Evans & Ilona Abramenko' },
];

describe('<SummaryList>', () => {
  it('labels the section for screen readers', async () => {
    const html = await render(SummaryList, { rows, label: 'Microneedling at a glance' });
    const [section] = elements(html, 'section');
    expect(section && attribute(section, 'aria-label')).toBe('Microneedling at a glance');
  });

  it('shows every key and value as a <dt> and <dd> pair inside one <dl>, in order', async () => {
    const html = await render(SummaryList, { rows, label: 'Facts' });
    const lists = elements(html, 'dl');
    expect(lists).toHaveLength(1);
    const pairs = elements(inner(lists[0] ?? ''), 'div').map((row) => ({
      key: elements(row, 'dt').map((dt) => text(dt)),
      value: elements(row, 'dd').map((dd) => text(dd)),
    }));
    expect(pairs).toEqual(rows.map(({ key, value }) => ({ key: [key], value: [value] })));
  });

  it('escapes values rather than reading them as HTML', async () => {
    const html = await render(SummaryList, {
      rows: [{ key: 'Note', value: '<b>bold</b>' }],
      label: 'Facts',
    });
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
