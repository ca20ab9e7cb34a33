// Differences that are house style, not disagreement: a name written more or less fully, a number in words or digits,
// a quote cut shorter.
import { describe, expect, it } from 'vitest';
import { compareAttribution } from '../../src/compare/attribution.js';
import { canonicalWording, compareQuotes } from '../../src/compare/quotes.js';
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
