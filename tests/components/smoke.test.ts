import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { it } from 'vitest';
import DoDontList from '../../src/components/DoDontList.astro';
import WarningCallout from '../../src/components/WarningCallout.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';

it('smoke', async () => {
  const c = await AstroContainer.create();
  console.log(await c.renderToString(DoDontList, { props: { do: ['a & b', ' c '], dont: ['x'] } }));
  console.log(
    await c.renderToString(WarningCallout, {
      props: { title: 'T' },
      slots: { default: '<p>hi</p>' },
    }),
  );
  console.log(
    await c.renderToString(SiteHeader, {
      props: { clinicName: 'C' },
      request: new Request('https://www.example.com/treatments/x/'),
    }),
  );
  try {
    await c.renderToString(DoDontList, { props: {} });
  } catch (e) {
    console.log('ERR', e instanceof Error ? e.name + ' ' + e.message : e);
  }
});
