import { describe, it, expect } from 'vitest';
import { initialsOf, nameKey, splitPersonName, stripPossessive, stripTitles, wordKey } from '../../src/text/names.js';

describe('nameKey: transliteration variants share a key', () => {
  it.each([
    ['Zelenskyy', 'Zelensky'],
    ['Zelenskiy', 'Zelensky'],
    ['Zelenskyi', 'Zelenskii'],
    ['Vitkov', 'Witkoff'],
    ['Smirnoff', 'Smirnov'],
    ['Aleksandr', 'Alexandr'],
    ['Tchaikovsky', 'Chaikovsky'],
    ['Yuri', 'Iouri'],
    ['Mikhail', 'Mihail'],
    ['Kirill Dmitriev', 'Kiril Dmitriyev'],
    ['Zelenskaya', 'Zelenskaia'],
    ["President Olena Petrenko's", 'Olena Petrenko'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Donald Trump', 'Donald Trump Jr.'],
    ['Jared Kushner', 'Josh Kushner'],
    ['Ivan Petrov', 'Ivan Pavlov'],
    ['Smith', 'Smyth Jones'],
  ])('%s differs from %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('name helpers', () => {
  it.each([
    ["Putin's", 'Putin'],
    ['Putin’s', 'Putin'],
    ["Jones'", 'Jones'],
    ['Smith', 'Smith'],
  ])('stripPossessive(%s) = %s', (input, expected) => {
    expect(stripPossessive(input)).toBe(expected);
  });

  it.each([
    ['President Anna Kowalski', 'Anna Kowalski'],
    ['Deputy Foreign Minister Ivan Orlov', 'Ivan Orlov'],
    ['Mr. Smith', 'Smith'],
    ['Rep. Jane Doe', 'Jane Doe'],
    ['John Smith', 'John Smith'],
  ])('stripTitles(%s) = %s', (input, expected) => {
    expect(stripTitles(input)).toBe(expected);
  });

  it.each([
    ['John F. Smith', { first: 'John', middle: ['F.'], last: 'Smith', suffix: null }],
    ['Donald Trump Jr.', { first: 'Donald', middle: [], last: 'Trump', suffix: 'jr' }],
    ['Mohamed bin Zayed', { first: 'Mohamed', middle: [], last: 'bin Zayed', suffix: null }],
    ['Smith', { first: null, middle: [], last: 'Smith', suffix: null }],
  ])('splitPersonName(%s)', (input, expected) => {
    expect(splitPersonName(input)).toEqual(expected);
  });

  it('initialsOf builds acronyms with and without function words', () => {
    expect(initialsOf('Wall Street Journal')).toEqual(['WSJ']);
    expect(initialsOf('Bank of England')).toEqual(['BOE', 'BE']);
    expect(initialsOf('Reuters')).toEqual([]);
  });

  it('wordKey is case- and accent-insensitive', () => {
    expect(wordKey('José')).toBe(wordKey('jose'));
  });
});
