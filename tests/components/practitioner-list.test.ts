import { describe, expect, it } from 'vitest';
import PractitionerList from '~/components/PractitionerList.astro';
import { attribute, elements, practitionerEntry, render, text } from '../helpers/render';

const practitioners = [
  practitionerEntry('karen-evans', { name: 'Karen Evans', role: 'Practitioner' }),
  practitionerEntry('palwasha-yusofi', {
    name: 'Palwasha Yusofi',
    role: 'Senior aesthetic practitioner',
    workingDays: ['monday', 'thursday'],
  }),
];

describe('<PractitionerList>', () => {
  it('links each practitioner to their profile, in the given order', async () => {
    const html = await render(PractitionerList, { practitioners });
    const links = elements(html, 'li').map((item) => elements(item, 'a')[0] ?? '');
    expect(links.map((link) => attribute(link, 'href'))).toEqual([
      '/practitioners/karen-evans/',
      '/practitioners/palwasha-yusofi/',
    ]);
    expect(links.map(text)).toEqual([
      'Karen Evans Practitioner',
      'Palwasha Yusofi Senior aesthetic practitioner',
    ]);
  });

  it('shows the role apart from the name', async () => {
    const html = await render(PractitionerList, { practitioners });
    const roles = elements(html, 'span').map(text);
    expect(roles).toEqual(['Practitioner', 'Senior aesthetic practitioner']);
  });

  it('renders an empty list with no items', async () => {
    const html = await render(PractitionerList, { practitioners: [] });
    expect(elements(html, 'ul')).toHaveLength(1);
    expect(elements(html, 'li')).toEqual([]);
  });
});
