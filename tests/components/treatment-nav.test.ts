import { describe, expect, it } from 'vitest';
import TreatmentNav from '~/components/TreatmentNav.astro';
import { attribute, elements, render, text } from '../helpers/render';

const props = { treatmentId: 'microneedling', treatmentName: 'Microneedling' };

async function links(path: string) {
  const html = await render(TreatmentNav, props, { url: `https://www.example.com${path}` });
  return elements(html, 'a').map((link) => ({
    href: attribute(link, 'href'),
    label: text(link),
    current: attribute(link, 'aria-current'),
  }));
}

describe('<TreatmentNav>', () => {
  it('is labelled with the treatment name', async () => {
    const html = await render(TreatmentNav, props, {
      url: 'https://www.example.com/treatments/microneedling/',
    });
    expect(attribute(elements(html, 'nav')[0] ?? '', 'aria-label')).toBe('Microneedling pages');
  });

  it("links the treatment's three pages", async () => {
    expect(
      (await links('/treatments/microneedling/')).map(({ href, label }) => [href, label]),
    ).toEqual([
      ['/treatments/microneedling/', 'Overview'],
      ['/treatments/microneedling/procedure/', 'What happens'],
      ['/treatments/microneedling/aftercare/', 'Aftercare'],
    ]);
  });

  it.each([
    ['/treatments/microneedling/', 'Overview'],
    ['/treatments/microneedling/procedure/', 'What happens'],
    ['/treatments/microneedling/aftercare/', 'Aftercare'],
  ])('on %s marks only %s as the current page', async (path, label) => {
    const current = (await links(path)).filter((link) => link.current !== undefined);
    expect(current).toEqual([{ href: path, label, current: 'page' }]);
  });

  it("marks nothing on another treatment's page", async () => {
    const current = (await links('/treatments/chemical-peel/')).filter(
      (link) => link.current !== undefined,
    );
    expect(current).toEqual([]);
  });
});
