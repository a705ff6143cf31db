import { describe, expect, it } from 'vitest';
import { findingsFor, type WritingLists } from '~/content-check/forms/field-writing';
import { placeOf } from '~/editor/form-place';

const lists: WritingLists = { settings: { readingAge: 16, words: ['Yusofi'] }, allowed: [] };
const summary = (text: string, entry?: string) => ({
  collection: 'treatments',
  field: 'summary',
  text,
  ...(entry === undefined ? {} : { entry }),
});
const words = (text: string, given = lists, entry?: string) =>
  findingsFor(summary(text, entry), given).map(({ words }) => words);

describe('the writing check of one form field', () => {
  it('finds an advertising claim and a misspelling, in the words check:content uses', () => {
    const [claim] = findingsFor(summary('Results guaranteed.'), lists);
    expect(claim).toMatchObject({ words: 'guaranteed', stops: false });
    expect(claim?.why).toMatch(/^This reads as a guarantee\./);
    const [spelling] = findingsFor(summary('A gentle peel for dull skinn.'), lists);
    expect(spelling?.why).toBe(
      '"skinn" is not in the British English dictionary or in the clinic\'s word list.',
    );
    expect(spelling?.suggestion).toContain('add it to content/words.txt');
  });

  it('a medicine name stops publishing', () => {
    expect(findingsFor(summary('We use Botox.'), lists)).toEqual([
      expect.objectContaining({ words: 'Botox', stops: true }),
    ]);
  });

  it("takes the clinic's own words and leaves out wording it has kept for that file", () => {
    expect(words('Palwasha Yusofi performs it.')).toEqual(['Palwasha']);
    const kept: WritingLists = {
      ...lists,
      allowed: [{ file: 'content/treatments/peel.mdx', words: 'guaranteed', reason: 'a test' }],
    };
    expect(words('Results guaranteed.', kept, 'peel')).toEqual([]);
    expect(words('Results guaranteed.', kept, 'microneedling')).toEqual(['guaranteed']);
    const keptBotox: WritingLists = {
      ...lists,
      allowed: [{ file: 'content/treatments/peel.mdx', words: 'Botox', reason: 'a test' }],
    };
    expect(words('We use Botox.', keptBotox, 'peel')).toEqual(['Botox']);
  });

  it('reads the page text as MDX, with lines of the text, and not its markup', () => {
    const body = {
      collection: 'treatments',
      field: 'body',
      text: '# Skin\n\nResults guaranteed.\n',
    };
    expect(findingsFor(body, lists)).toEqual([
      expect.objectContaining({ line: 3, words: 'guaranteed' }),
    ]);
    expect(findingsFor({ ...body, text: '<Warning title="x">\n' }, lists)).toEqual([]);
  });

  it('finds nothing in the clinic settings or an empty box, which the check does not read', () => {
    expect(findingsFor({ collection: 'site', field: 'x', text: 'We use Botox.' }, lists)).toEqual(
      [],
    );
    expect(words('  ')).toEqual([]);
  });
});

describe('which form a field is in', () => {
  it('reads the collection and entry from the address', () => {
    expect(placeOf('/keystatic/collection/treatments/item/micro%20needling')).toEqual({
      collection: 'treatments',
      entry: 'micro needling',
    });
    expect(placeOf('/keystatic/collection/practitioners/create')).toEqual({
      collection: 'practitioners',
    });
    expect(placeOf('/keystatic/singleton/site')).toEqual({ collection: 'site' });
    expect(placeOf('/elsewhere')).toEqual({ collection: '' });
  });
});
