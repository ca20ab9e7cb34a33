// Differences that are house style, not disagreement: a name written more or less fully, a number in words or digits,
// a quote cut shorter.
import { describe, expect, it } from 'vitest';
import { compareAttribution } from '../../src/compare/attribution.js';
import { canonicalWording, compareQuotes } from '../../src/compare/quotes.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/compare/confidence.js';
import { context, doc, quote } from './fixtures.js';

const ctx = context([doc('a', 'Outlet A'), doc('b', 'Outlet B'), doc('c', 'Outlet C')]);
const WORDS = 'after running tests they finally found a tropical spider living inside me';

describe('attribution: one person under fuller and shorter names', () => {
  it.each([
    [['Thomas', 'Dylan Thomas']],
    [['Dylan Thomas', 'Australian Dylan Thomas']],
    [['Dylan', 'Dylan Thomas', 'Australian Dylan Thomas']],
  ])('%j are one speaker', (names) => {
    const quotes = names.map((name, i) => quote('abc'[i]!, name, WORDS));
    expect(compareAttribution(quotes, [], [], ctx)).toEqual([]);
  });

  it('two different people remain a disagreement', () => {
    const [d] = compareAttribution([quote('a', 'Dylan Thomas', WORDS), quote('b', 'Marie Herbert', WORDS)], [], [], ctx);
    expect(d?.positions.map((p) => p.value).sort()).toEqual(['Dylan Thomas', 'Marie Herbert']);
  });

  it('a shared first name is not enough: Dylan Thomas and Dylan Moran are two people', () => {
    const [d] = compareAttribution([quote('a', 'Dylan Thomas', WORDS), quote('b', 'Dylan Moran', WORDS)], [], [], ctx);
    expect(d?.positions).toHaveLength(2);
  });
});

describe('quotes: house style is not a misquote', () => {
  it('reads number words as digits and drops punctuation', () => {
    expect(canonicalWording('For the last three days, Twenty!')).toBe('for the last 3 days 20');
  });

  it('"three days" and "3 days", one cut shorter, are the same quote', () => {
    const long = quote('a', 'Dylan Thomas', 'they finally found a tropical spider living inside me for the last three days, managed to get it out luckily');
    const short = quote('b', 'Dylan Thomas', 'they finally found a tropical spider living inside me for the last 3 days');
    expect(compareQuotes([long, short], ctx)).toEqual([]);
  });

  it('a changed word is still a misquote candidate', () => {
    const said = quote('a', 'Dylan Thomas', 'they finally found a tropical spider living inside me for the last three days');
    const misquoted = quote('b', 'Dylan Thomas', 'they finally found a tropical scorpion living inside me for the last three weeks');
    expect(compareQuotes([said, misquoted], ctx)).toHaveLength(1);
  });
});

describe('quotes: house style and small slips are not a misquote', () => {
  const said = (docId: string, words: string) => quote(docId, 'Dylan Thomas', words);

  it.each([
    ['ordinals in words or digits', 'so excited that he takes on the challenge of becoming the 12th doctor', 'so excited that he takes on the challenge of becoming the twelfth doctor'],
    ['ordinals with a spelling change', 'this is the fifth time and the twentieth year of the festival', 'this is the 5th time and the 20th year of the festival'],
    ['a hyphenated word', 'exceptional mobile e-mail and messaging features for a busy lifestyle', 'exceptional mobile email and messaging features for a busy lifestyle'],
    ['an acronym for the words the other spells out', 'encourages all Internet Explorer customers to deploy this update', 'encourages all IE customers to deploy this update'],
  ])('%s: no disagreement', (_what, a, b) => {
    expect(compareQuotes([said('a', a), said('b', b)], ctx)).toEqual([]);
  });

  it('reads twelfth, fifth, eighth, ninth and twentieth as numbers', () => {
    expect(canonicalWording('the twelfth, fifth, eighth, ninth and twentieth')).toBe('the 12th 5th 8th 9th and 20th');
  });

  it('an acronym that is not the other side\'s initials stays a difference', () => {
    const [d] = compareQuotes([said('a', 'encourages all Internet Explorer customers to deploy this update'), said('b', 'encourages all FBI customers to deploy this update')], ctx);
    expect(d?.kind).toBe('quote');
  });

  it('one small word changed ("at" for "with") stays under the default confidence', () => {
    const [d] = compareQuotes([said('a', "it's an honor to be compared in the same breath at Tyler"), said('b', "it's an honor to be compared in the same breath with Tyler")], ctx);
    expect(d?.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('a dropped "not" is not a small word: it is reported', () => {
    const [d] = compareQuotes([said('a', 'we will not sign this deal with the union this year'), said('b', 'we will sign this deal with the union this year')], ctx);
    expect(d?.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('two remarks on one subject stay under the default confidence; one remark told twice is above it', () => {
    const [twoRemarks] = compareQuotes([said('a', 'I am so excited to be hosting the Oscars for the second time'), said('b', "It's official, I'm hosting the Oscars")], ctx);
    expect(twoRemarks?.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    const [oneRemark] = compareQuotes([
      said('a', 'as that little girl lay bleeding to death on the sidewalk this defendant pedaled off and got rid of the evidence'),
      said('b', 'as that little girl lay bleeding on the sidewalk the defendant pedaled his bike away and got rid of the evidence'),
    ], ctx);
    expect(oneRemark?.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });
});
