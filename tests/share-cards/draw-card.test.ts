import { describe, expect, it } from 'vitest';
import { drawCard } from '~/share-cards/draw-card';
import { pngSize } from '../helpers/png-size';

const card = {
  title: 'Microneedling',
  kind: 'Treatment',
  siteName: 'The Skin Clinic',
  host: 'www.example.com',
};

describe('drawing a share card', () => {
  it('draws a 1200x630 PNG', async () => {
    expect(pngSize(await drawCard(card))).toEqual({ width: 1200, height: 630 });
  });

  it('draws what it is given: another title or kind is another picture', async () => {
    const [first, again, retitled, rekinded] = await Promise.all([
      drawCard(card),
      drawCard(card),
      drawCard({ ...card, title: 'Chemical peel' }),
      drawCard({ ...card, kind: 'Aftercare' }),
    ]);
    expect(again.equals(first)).toBe(true);
    expect(retitled.equals(first)).toBe(false);
    expect(rekinded.equals(first)).toBe(false);
  });

  it('draws a long title without failing', async () => {
    const long = { ...card, title: 'What to expect in the weeks after a course of microneedling' };
    expect(pngSize(await drawCard(long))).toEqual({ width: 1200, height: 630 });
  });
});
