import { describe, expect, it } from 'vitest';
import { builtPage, mainText } from '../helpers/built-site';

/**
 * Every fact of the clinic's own page about microneedling, and the page where a client would look
 * for it. The wording is ours; the numbers, names and order are the clinic's.
 */
const FACTS: [string, string, RegExp][] = [
  [
    '/treatments/microneedling/',
    'the other names',
    /dermarolling, skin needling or collagen induction therapy/i,
  ],
  ['/treatments/microneedling/', 'tiny sterile needles', /tiny, sterile needles/],
  [
    '/treatments/microneedling/',
    'a wound response that grows new tissue',
    /wound response encourages new tissue to grow/,
  ],
  [
    '/treatments/microneedling/',
    'new collagen and skin tissue',
    /new collagen and new skin tissue/,
  ],
  [
    '/treatments/microneedling/',
    'smoother, firmer, more toned skin',
    /smoother, firmer and more toned/,
  ],
  ['/treatments/microneedling/', 'face and neck', /Areas treated Face and neck/],
  [
    '/treatments/microneedling/',
    'scars, wrinkles and large pores',
    /Scars, wrinkles and large pores/,
  ],
  [
    '/treatments/microneedling/',
    'depth depends on skin and outcome',
    /depth depends on the condition of your skin and the result you want/,
  ],
  ['/treatments/microneedling/', 'clinic depth', /In the clinic: 1 mm to 1\.5 mm/],
  [
    '/treatments/microneedling/',
    'full penetration of the epidermis',
    /right through the epidermis/,
  ],
  ['/treatments/microneedling/', 'home depths', /At home: 0\.25 mm or 0\.5 mm/],
  [
    '/treatments/microneedling/',
    'home needles help products absorb',
    /help skincare products soak into the skin/,
  ],
  [
    '/treatments/microneedling/',
    'the home warning',
    /Warning: Using a roller at home Rolling at home gets past your skin's natural defences, so active ingredients .* stronger reaction\. Ask a professional for advice/,
  ],
  ['/treatments/microneedling/', 'every 6 weeks', /Sessions are 6 weeks apart/],
  [
    '/treatments/microneedling/',
    'why 6 weeks',
    /recover fully and for the treated tissue to renew/,
  ],
  [
    '/treatments/microneedling/',
    'only three practitioners',
    /only book microneedling with these practitioners: Karen Evans .* Palwasha Yusofi .* Ilona Abramenko/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'double cleanse',
    /Step 1: Cleansing The area to be treated is cleansed twice/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'Emla',
    /Step 2: Numbing cream A layer of Emla .* anaesthetic cream\. It stops your nerves sending pain signals to your brain/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'antiseptic',
    /Step 3: Antiseptic The skin is wiped with an antiseptic solution/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'a new sterile roller',
    /Step 4: A new sterile roller A new, sterile roller is opened for your session/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'rolling',
    /Step 5: Rolling A hydrating solution .* light pressure, 6 to 10 times in each direction\. This makes even, tiny channels/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'pinpoint bleeding as an end point',
    /Step 6: .*may bleed a little .* short-lived\. It shows that the treatment has gone far enough/,
  ],
  [
    '/treatments/microneedling/procedure/',
    'protective emollient',
    /Step 7: Protective cream A protective emollient .* helps the skin recover and protects its surface/,
  ],
  [
    '/treatments/microneedling/aftercare/',
    'tender, very red skin for 24 to 72 hours',
    /Redness and tenderness Can last 24 to 72 hours .*sensitive to touch and very red\. The redness is called erythema/,
  ],
  [
    '/treatments/microneedling/aftercare/',
    'marks over bony areas for 3 to 5 days',
    /Marks over bony areas Can last 3 to 5 days .*small marks from pinpoint bleeding may stay visible/,
  ],
  [
    '/treatments/microneedling/aftercare/',
    'hydrate, recovery creams and SPF for 2 weeks',
    /Hydration and sun protection For 2 weeks after your session .*this care every day\..*Keep your skin hydrated\..*Protect it with recovery creams\..*Use sunscreen \(SPF\)\./,
  ],
];

describe('each fact of the clinic page is where a client would look for it', () => {
  it.each(FACTS)('%s: %s', (path, _fact, pattern) => {
    expect(mainText(builtPage(path))).toMatch(pattern);
  });
});
