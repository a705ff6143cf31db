import { describe, expect, it } from 'vitest';
import SiteHeader from '~/components/SiteHeader.astro';
import { attribute, elements, render, text } from '../helpers/render';

async function render_(path: string) {
  return render(
    SiteHeader,
    { clinicName: 'The Skin Clinic' },
    { url: `https://www.example.com${path}` },
  );
}

async function currentLinks(path: string) {
  const [nav = ''] = elements(await render_(path), 'nav');
  return elements(nav, 'a')
    .filter((link) => attribute(link, 'aria-current') !== undefined)
    .map((link) => `${text(link)}=${attribute(link, 'aria-current')}`);
}

describe('<SiteHeader>', () => {
  it('links the clinic name home and labels the main navigation', async () => {
    const html = await render_('/');
    const [home = ''] = elements(html, 'a');
    expect(attribute(home, 'href')).toBe('/');
    expect(text(home)).toBe('The Skin Clinic');
    const [nav = ''] = elements(html, 'nav');
    expect(attribute(nav, 'aria-label')).toBe('Main');
    expect(elements(nav, 'a').map((link) => [attribute(link, 'href'), text(link)])).toEqual([
      ['/', 'Home'],
      ['/treatments/', 'Treatments'],
      ['/practitioners/', 'Practitioners'],
    ]);
  });

  it.each([
    ['/', ['Home=page']],
    ['/treatments/', ['Treatments=page']],
    ['/treatments/microneedling/aftercare/', ['Treatments=true']],
    ['/practitioners/', ['Practitioners=page']],
    ['/practitioners/karen-evans/', ['Practitioners=true']],
    ['/404/', []],
  ])('on %s marks %j as the current page or section', async (path, expected) => {
    expect(await currentLinks(path)).toEqual(expected);
  });

  it('never marks the clinic name link as current', async () => {
    const [home = ''] = elements(await render_('/'), 'a');
    expect(attribute(home, 'aria-current')).toBeUndefined();
  });
});
