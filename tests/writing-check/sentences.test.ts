import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writingChecker } from '~/writing-check/check-text';
import { MOST_SUGGESTED } from '~/writing-check/processor';
import { REPOSITORY } from '../helpers/content-fixtures';

// The real word list, so the names and medical words the site uses are read as the check reads them.
const words = readFileSync(join(REPOSITORY, 'content', 'words.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);
const checker = writingChecker({ readingAge: 16, words });
const checkFieldText = (text: string) => checker.field(text);

/** Each sentence, with the words the check must question in it, and whether they stop the build. */
const FLAGGED: [sentence: string, words: string, stops: boolean][] = [
  ['Results guaranteed after one session.', 'guaranteed', false],
  ['We guarantee smoother skin.', 'guarantee', false],
  ['The results are permanent.', 'permanent', false],
  ['It removes scars permanently.', 'permanently', false],
  ['A risk-free way to firmer skin.', 'risk-free', false],
  ['This is the most effective treatment for scars.', 'the most effective', false],
  ['We offer the best skin care in London.', 'the best', false],
  ['Our clinic is the leading skin clinic in the area.', 'the leading', false],
  ['Our results are unrivalled.', 'unrivalled', false],
  ['A world-class team looks after you.', 'world-class', false],
  ['The treatment is painless.', 'painless', false],
  ['A pain-free session for every skin type.', 'pain-free', false],
  ['There is no downtime at all.', 'no downtime', false],
  ['Enjoy zero downtime after your session.', 'zero downtime', false],
  ["Don't worry, it won't hurt.", "won't hurt", false],
  ['Our method is clinically proven.', 'clinically proven', false],
  ['It is proven to reduce wrinkles.', 'proven to', false],
  ['Studies show it works for acne scars.', 'Studies show', false],
  ['90% of clients see results.', '90%', false],
  ['Pores look 50 per cent smaller.', '50 per cent', false],
  ['Book today only and save.', 'Book today only', false],
  ['This is a limited time offer.', 'limited time', false],
  ['Hurry, spaces are going fast.', 'Hurry', false],
  ['Only 3 places left this month.', 'Only 3 places left', false],
  ['A lunchtime treatment for busy people.', 'lunchtime', false],
  ['The quick fix your skin needs.', 'quick fix', false],
  ['A miracle cream for tired skin.', 'miracle', false],
  ['See instant results on your face.', 'instant results', false],
  ['We also offer Botox at the clinic.', 'Botox', true],
  ['Ask about our anti-wrinkle injections.', 'anti-wrinkle injections', true],
  ['Baby Botox gives a softer look.', 'Baby Botox', true],
  ['Botulinum toxin relaxes the muscles.', 'Botulinum toxin', true],
  ['We prescribe Ozempic for weight loss.', 'Ozempic', true],
  ['Your skin will feel the the effect.', 'the the', false],
  ['The skin may look boney after treatment.', 'boney', false],
  ['Recieve a free skin consultation.', 'Recieve', false],
];

/** Real-looking sentences, from the site and the clinic's own page, that must pass untouched. */
const NOT_FLAGGED: string[] = [
  'Microneedling is a cosmetic treatment for the skin.',
  'It may treat different kinds of scars, wrinkles and large pores.',
  'Most people feel a little discomfort.',
  'It may reduce the appearance of scars.',
  'The redness is called erythema.',
  'A layer of Emla is put on the skin.',
  'Emla is an anaesthetic cream.',
  'It stops your nerves sending pain signals to your brain.',
  'This can last 24 to 72 hours.',
  'Small marks from pinpoint bleeding may stay visible for 3 to 5 days.',
  'Keep your skin hydrated.',
  'Protect it with recovery creams.',
  'Use sunscreen (SPF) every day for 2 weeks after treatment.',
  'The treatment is given every 6 weeks.',
  'In the clinic we use depths of 1 mm to 1.5 mm on the face.',
  'Needles of 0.25 mm or 0.5 mm can be used at home.',
  'This treatment can only be booked with Karen Evans, Palwasha Yusofi or Ilona Abramenko.',
  'Ilona Abramenko is a practitioner at the clinic.',
  'Palwasha Yusofi performs this treatment.',
  'The area to be treated is cleansed twice.',
  'The skin is wiped with an antiseptic solution.',
  'A new, sterile roller is opened for your session.',
  'A protective emollient is put on at the end.',
  'The aim is new collagen and new skin tissue.',
  'Your skin treats these as small wounds and starts to repair itself.',
  'Most people need more than one session.',
  'Results vary from person to person.',
  'Your skin may be red for up to 3 days.',
  'Book a consultation first.',
  'There is no need to decide on the day.',
  'Ask a professional for advice before you start.',
  'Straight after treatment your skin will be sensitive to touch and very red.',
  'Microneedling is also known as dermarolling or skin needling.',
  'Where bone sits close under the skin, small marks may stay visible.',
];

describe('the writing check on one sentence', () => {
  it.each(FLAGGED)('questions %j', (sentence, words, stops) => {
    const findings = checkFieldText(sentence);
    expect(findings.map((finding) => [finding.words, finding.stops])).toContainEqual([
      words,
      stops,
    ]);
  });

  it.each(NOT_FLAGGED)('passes %j', (sentence) => {
    expect(checkFieldText(sentence)).toEqual([]);
  });

  it('has at least 30 sentences each way', () => {
    expect(FLAGGED.length).toBeGreaterThanOrEqual(30);
    expect(NOT_FLAGGED.length).toBeGreaterThanOrEqual(30);
  });
});

describe('the writing check on text no one would write', () => {
  it('leaves a "word" longer than any real one out of the spelling, and still reads the rest', () => {
    const findings = checkFieldText(`${'a'.repeat(1001)} is guaranteed.`);
    expect(findings.map(({ words }) => words)).toEqual(['guaranteed']);
  });

  it('names every unknown word in a text of more than it suggests spellings for, and nothing else', () => {
    const typos = [
      'recieve',
      'seperate',
      'definately',
      'occured',
      'untill',
      'wich',
      'teh',
      'adress',
      'beleive',
      'calender',
      'comittee',
      'enviroment',
      'existance',
      'foriegn',
      'goverment',
      'harrass',
      'independant',
      'knowlege',
      'libary',
      'mispell',
      'neccessary',
      'occassion',
      'posession',
      'reccomend',
      'tommorow',
    ];
    expect(typos.length).toBeGreaterThan(MOST_SUGGESTED);
    // One word a paragraph, so no sentence is long enough for the readability check.
    const findings = writingChecker({ readingAge: 16, words: [] }).field(typos.join('\n\n'));
    expect(findings.map(({ words }) => words)).toEqual(typos);
  });
});
