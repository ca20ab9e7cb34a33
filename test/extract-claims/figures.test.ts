import { describe, it, expect } from 'vitest';
import { run } from './helpers.js';
import { figureExtractor, decimalString } from '../../src/extract/figures.js';
import type { FigureAssertion } from '../../src/types.js';

const figures = (text: string, timexes?: string[]) => run<FigureAssertion>(figureExtractor, text, { mentions: [], ...(timexes ? { timexes } : {}) });

describe('figures: positives', () => {
  it.each([
    // [sentence, normalized, qualifier, unit, counted]
    ['Officials said 1,200 troops were deployed.', '1200', 'exact', null, 'troops'],
    ['Exports fell to 1.2 million barrels a day.', '1200000', 'exact', null, 'barrels'],
    ['The deal is worth $4.5 billion.', '4500000000', 'exact', 'USD', 'amount'],
    ['The fund raised €300m last year.', '300000000', 'exact', 'EUR', 'amount'],
    ['The victim, aged 54, was a teacher.', '54', 'exact', 'years', 'age'],
    ['A 54-year-old man was arrested.', '54', 'exact', 'years', 'age'],
    ['Turnout rose 12% in the city.', '12', 'exact', 'percent', 'share'],
    ['Support fell to 12 per cent.', '12', 'exact', 'percent', 'share'],
    ['The 28-point peace plan was leaked.', '28', 'exact', null, 'point plan'],
    ['At least 30 people were killed in the blast.', '30', 'at-least', null, 'people killed'],
    ['The strike killed at least 30 people.', '30', 'at-least', null, 'people killed'],
    ['The death toll rose to 45.', '45', 'exact', null, 'people killed'],
    ['Twenty-one soldiers were wounded.', '21', 'exact', null, 'soldiers wounded'],
    ['About a dozen protesters gathered.', '12', 'about', null, 'protesters'],
    ['Nearly 500 homes were destroyed.', '500', 'less-than', null, 'homes'],
    ['More than 2,000 people fled the fighting.', '2000', 'more-than', null, 'people'],
    ['Up to five ships were seized.', '5', 'at-most', null, 'ships'],
    ['Fewer than 40 delegates voted.', '40', 'less-than', null, 'delegates'],
    ['Seven elephants killed in train accident.', '7', 'exact', null, 'elephants killed'],
    ['Flash: 1 killed in explosion.', '1', 'exact', null, 'people killed'],
  ])('%s', (text, normalized, qualifier, unit, counted) => {
    const out = figures(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.normalized).toBe(normalized);
    expect(out[0]!.quantity).toBe(Number(normalized));
    expect(out[0]!.qualifier).toBe(qualifier);
    expect(out[0]!.unit).toBe(unit);
    expect(out[0]!.counted).toBe(counted);
  });

  it('reads ranges', () => {
    const [f] = figures('Between 30 and 40 people were hurt.');
    expect(f?.quantity).toBe(30);
    expect(f?.upper).toBe(40);
  });

  it('keeps several figures in one sentence', () => {
    const out = figures('Flash: 1 killed, 2 injured in explosion.');
    expect(out.map((f) => [f.normalized, f.counted])).toEqual([['1', 'people killed'], ['2', 'people injured']]);
  });

  it('writes decimals without exponent', () => {
    expect(decimalString(1.2e12)).toBe('1200000000000');
    expect(decimalString(4.5)).toBe('4.5');
  });
});

describe('figures: phrasal verbs', () => {
  it.each([
    ['Veldmark handed over 40 prisoners on Friday.', 'exact'],
    ['The army deployed over 40 tanks.', 'more-than'],
  ])('%s → %s', (text, qualifier) => {
    const [figure] = run<FigureAssertion>(figureExtractor, text);
    expect(figure?.quantity).toBe(40);
    expect(figure?.qualifier).toBe(qualifier);
  });
});

describe('figures: negatives', () => {
  it.each([
    'The president spent the night touring a tent camp near the coast.',
    'A magnitude 6.9 quake struck the coast.',
    'The storm was upgraded to category 4 overnight.',
    'It happened in 2025.',
    'In the 1990s the town grew.',
    'The call took place on October 14.',
    'The call took place on 14 October.',
    'It was published at 19:38 IST.',
    '1. Transparency vs. Secrecy in Diplomacy',
    '2) The Role of Private Actors',
    'He served in World War II and cited Section 230.',
    'The G7 met as COVID-19 spread.',
    'He flew a Boeing 747 to meet Air Force One.',
    'Call 555-123-4567 for details.',
    'One of the officials resigned.',
    'They talked to one another.',
    'The paper headlined its story “Top 10 Secrets of Power”.',
    'The talks were held on Wednesday.',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('skips numbers inside a tagged date', () => {
    expect(figures('The meeting on the 14th of May ended early.', ['the 14th of May'])).toEqual([]);
  });
});

describe('figures: counted phrase stops at the verb', () => {
  it.each([
    ['The now-emerging 28-point peace plan took shape in talks.', 'point plan'],
    ['He favours three-way talks.', 'way talks'],
  ])('%s', (text, counted) => {
    expect(figures(text).map((f) => f.counted)).toEqual([counted]);
  });
});

describe('figures: whose age it is', () => {
  const ages = (text: string, mentions: Array<string | { text: string; type: 'person' | 'place' | 'organization' }>) =>
    run<FigureAssertion>(figureExtractor, text, { mentions }).filter((f) => f.counted === 'age');
  it.each([
    // [sentence, mentions, [age, owner]...]
    ['Ann Lee, 37, was arrested on Friday.', ['Ann Lee'], [[37, 'Ann Lee']]],
    ['Police arrested 37-year-old Ann Lee.', ['Ann Lee'], [[37, 'Ann Lee']]],
    ['Ann Lee, a 37-year-old nurse, was hurt.', ['Ann Lee'], [[37, 'Ann Lee']]],
    // The tagger took the name for a city; an age right after it makes it a person.
    ['Cleveland Smelley, 30, and Ann Lee, 21, were charged.', [{ text: 'Cleveland Smelley', type: 'place' }, 'Ann Lee'], [[30, 'Cleveland Smelley'], [21, 'Ann Lee']]],
  ] as const)('%s', (text, mentions, expected) => {
    const found = ages(text, [...mentions]).map((f) => [f.quantity, f.owner?.text]);
    expect(found).toEqual(expected.map(([age, owner]) => [age, owner]));
  });

  it.each([
    // A relative's age is nobody named; a place with a number after it is no age.
    ["Ann Lee's 37-year-old brother was hurt.", ['Ann Lee']],
    ['New York, 12, was the score.', [{ text: 'New York', type: 'place' }]],
  ] as const)('%s: no owner', (text, mentions) => {
    expect(ages(text, [...mentions]).filter((f) => f.owner)).toEqual([]);
  });

  it('reads no tally from "a mother of 12 killed in crossfire"', () => {
    expect(figures('A Brooklyn mother of 12 was killed in a gang shootout.').map((f) => f.value)).toEqual([]);
  });
});
