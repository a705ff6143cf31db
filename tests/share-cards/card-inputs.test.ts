import { describe, expect, it } from 'vitest';
import { cardAlt, cardFileName, type CardInputs } from '~/share-cards/card-inputs';

const microneedling: CardInputs = {
  title: 'Microneedling',
  kind: 'Treatment',
  siteName: 'The Skin Clinic',
  host: 'www.example.com',
};

describe('share card names and text', () => {
  it('names a card after what it shows, so the same card keeps its name', () => {
    expect(cardFileName(microneedling)).toMatch(/^[0-9a-f]{16}\.png$/);
    expect(cardFileName({ ...microneedling })).toBe(cardFileName(microneedling));
  });

  it('gives a card a new name when anything it shows changes', () => {
    const changed: CardInputs[] = [
      { ...microneedling, title: 'Microneedling for the face' },
      { ...microneedling, kind: 'Procedure' },
      { ...microneedling, kind: undefined },
      { ...microneedling, siteName: 'Another Clinic' },
      { ...microneedling, host: 'clinic.example.org' },
    ];
    const names = new Set([microneedling, ...changed].map(cardFileName));
    expect(names.size).toBe(changed.length + 1);
  });

  it('describes the card for people who cannot see it, without saying a word twice', () => {
    expect(cardAlt(microneedling)).toBe('The Skin Clinic – Treatment: Microneedling');
    expect(
      cardAlt({ ...microneedling, kind: 'Aftercare', title: 'Aftercare for microneedling' }),
    ).toBe('The Skin Clinic – Aftercare for microneedling');
    expect(cardAlt({ ...microneedling, kind: undefined, title: 'Practitioners' })).toBe(
      'The Skin Clinic – Practitioners',
    );
    expect(cardAlt({ ...microneedling, kind: undefined, title: 'The Skin Clinic' })).toBe(
      'The Skin Clinic',
    );
  });
});
