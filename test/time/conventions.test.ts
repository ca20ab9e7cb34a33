import { describe, it, expect } from 'vitest';
import { tagTimexes } from '../../src/time/index.js';
import type { Timex } from '../../src/types.js';

// Reading conventions added to raise TempEval-3 value accuracy; every sentence here is our own.
// 2025-10-28 is a Tuesday; 2025-11-28 is a Friday.

function tag(text: string, publicationDate: string | null, resolveAnaphora = true): Timex[] {
  return tagTimexes(text, { publicationDate, resolveAnaphora });
}

function find(text: string, phrase: string, publicationDate: string | null, resolveAnaphora = true): Timex {
  const all = tag(text, publicationDate, resolveAnaphora);
  const found = all.find((t) => t.text === phrase);
  if (!found) throw new Error(`no timex "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return found;
}

describe('deadlines take the nearer reading of a date without a year', () => {
  it.each([
    ['The offer was extended to Nov. 20 after talks stalled.', 'Nov. 20', '2025-11-02', '2025-11-20'],
    ['The judge ordered the firm to respond by Oct. 31.', 'Oct. 31', '2025-10-26', '2025-10-31'],
    ['The regulator gave the bidder until mid-December to reply.', 'mid-December', '2025-11-27', '2025-12'],
    ['Talks that were supposed to end by May stalled again.', 'May', '2026-03-22', '2026-05'],
    ['The bank extended its credit line through January.', 'January', '2025-10-30', '2026-01'],
    // no deadline: a past verb right beside the date keeps it in the past
    ['The offer expired on Nov. 20 after talks stalled.', 'Nov. 20', '2025-11-02', '2024-11-20'],
  ])('%s → %s = %s', (text, phrase, publication, value) => {
    expect(find(text, phrase, publication).value).toBe(value);
  });
});

describe('a bare month takes the nearer reading when no past verb is beside it', () => {
  it.each([
    ['Exports face a 20 percent cutback in September.', 'September', '2024-08-16', '2024-09'],
    ['Exports face a 20 percent cutback in July.', 'July', '2024-08-16', '2024-07'],
    ['Its board meets in mid-November to decide.', 'mid-November', '2025-10-27', '2025-11'],
    ['Last April, the group bought a stake.', 'Last April', '2025-10-26', '2025-04'],
    ['Next March the plant reopens.', 'Next March', '2025-10-26', '2026-03'],
  ])('%s → %s = %s', (text, phrase, publication, value) => {
    expect(find(text, phrase, publication).value).toBe(value);
  });
});

describe('year-ago comparisons in a quarterly report name the same quarter a year before', () => {
  const report =
    'Acme Corp. reported third-quarter net income of 5 million euros. Revenue rose to 90 million euros from 80 million euros a year ago. ' +
    'Operating profit fell to 2 million euros from 3 million euros a year earlier, and year-earlier results were restated.';
  it.each([
    ['third-quarter', '2025-Q3'],
    ['a year ago', '2024-Q3'],
    ['a year earlier', '2024-Q3'],
    ['year-earlier', '2024-Q3'],
  ])('%s = %s', (phrase, value) => {
    expect(find(report, phrase, '2025-10-28').value).toBe(value);
  });

  it.each([
    // no quarter under discussion: the year before publication
    ['The senator was elected a year ago.', 'a year ago', '2024'],
    // the report moved on to nine months: a year earlier is a year again
    [
      'Acme reported third-quarter net income of 5 million euros. In the first nine months, profit was 9 million euros, up from 7 million euros a year earlier.',
      'a year earlier',
      '2024',
    ],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase, '2025-10-28').value).toBe(value);
  });

  it('resolves "that quarter" to the quarter being reported', () => {
    const text = 'Acme posted a third-quarter loss. Results for that quarter included a large charge.';
    expect(find(text, 'that quarter', '2025-10-28').value).toBe('2025-Q3');
  });

  it('keeps "this quarter" the current quarter when no report names one', () => {
    expect(find('Deliveries should start this quarter.', 'this quarter', '2025-11-28').value).toBe('2025-Q4');
  });
});

describe('years and centuries said in words', () => {
  it.each([
    ['In nineteen ninety-one the factory closed.', 'nineteen ninety-one', '1991'],
    ['January nineteen ninety-seven. A bomb exploded downtown.', 'January nineteen ninety-seven', '1997-01'],
    ['The approach of the year two thousand worried programmers.', 'the year two thousand', '2000'],
    ['Crime fell through the nineties.', 'the nineties', '199'],
    ['She is a 20th century politician.', '20th century', '19'],
    ['Cities will grow in the twenty-first century.', 'the twenty-first century', '20'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase, '2025-11-28').value).toBe(value);
  });

  it.each([['About nineteen twenty people came.'], ['He counted nineteen thousand ballots.']])('no year in: %s', (text) => {
    expect(tag(text, '2025-11-28').filter((t) => t.type === 'DATE')).toEqual([]);
  });
});

describe('accounting years and year-end', () => {
  it.each([
    ['For the year ended March 31, revenue rose 4%.', 'the year', 'DURATION', 'P1Y'],
    ['In the fiscal year ending June 30, sales fell.', 'the fiscal year', 'DURATION', 'P1Y'],
    ['Sales for the full year were flat.', 'the full year', 'DATE', '2025'],
    ['Shares hit a high for the year in June.', 'the year', 'DATE', '2025'],
    ['The merger should close by year-end.', 'year-end', 'DATE', '2025-12-31'],
    ["The index is up 12% since year-end.", 'year-end', 'DATE', '2024-12-31'],
    ['The plant will be finished by the end of the year.', 'the end of the year', 'DATE', '2025'],
  ])('%s → %s = %s %s', (text, phrase, type, value) => {
    const timex = find(text, phrase, '2025-11-28');
    expect(timex.type).toBe(type);
    expect(timex.value).toBe(value);
  });

  it.each([['He was named man of the year.'], ['The year before the war was calm.']])('no year of reporting in: %s', (text) => {
    expect(tag(text, '2025-11-28', false).some((t) => t.value === '2025')).toBe(false);
  });
});

describe('vague stretches of time', () => {
  it.each([
    ['Rates may fall in coming weeks.', 'coming weeks', 'PXW'],
    ['Prices will rise in the coming years.', 'the coming years', 'PXY'],
    ['The firm returned to profit after several quarters of losses.', 'several quarters', 'PXQ'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const timex = find(text, phrase, '2025-11-28');
    expect(timex.type).toBe('DURATION');
    expect(timex.value).toBe(value);
  });

  it('leaves "a quarter of" as a fraction', () => {
    expect(tag('A quarter of the staff left.', '2025-11-28')).toEqual([]);
  });
});

describe('a complement clause does not decide the tense of the date before it', () => {
  it.each([
    // "could" belongs to the clause after "that": Thursday is the one just past
    ['Moscow warned Washington and its allies on Thursday that air strikes could follow.', 'Thursday', '2025-11-27'],
    // "were" belongs to the relative clause; the governing "expected to" makes it the coming Thursday
    ['Ministers are expected to gather in the old capital on Thursday for talks that were set up in Paris.', 'Thursday', '2025-12-04'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase, '2025-11-28').value).toBe(value);
  });
});
