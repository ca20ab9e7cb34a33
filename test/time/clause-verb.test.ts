import { describe, it, expect } from 'vitest';
import { tagTimexes } from '../../src/time/index.js';

// A month-day without a year, narrated by the past verb of its own clause, lies before publication even when
// the verb is several words away; a far verb of another clause, or one the text leads away from (an infinitive,
// a present tense), leaves the nearer reading. Every sentence here is our own.

function valueOf(text: string, phrase: string, publicationDate: string): string | null {
  const found = tagTimexes(text, { publicationDate, resolveAnaphora: true }).find((t) => t.text === phrase);
  if (!found) throw new Error(`no timex "${phrase}"`);
  return found.value;
}

describe('the past verb of the date\'s own clause decides its year', () => {
  it.each([
    ['A man told officers he was firing shots toward a house on Elm Street July 18 to scare a rival.', 'July 18', '2017-02-14', '2016-07-18'],
    ['The driver was speeding down the empty county road late on the night of June 30.', 'June 30', '2019-01-10', '2018-06-30'],
    ['The girl was struck in the head on the crowded front porch of her home Aug. 2.', 'Aug. 2', '2020-02-01', '2019-08-02'],
  ])('%s → %s', (text, phrase, publication, value) => {
    expect(valueOf(text, phrase, publication)).toBe(value);
  });
});

describe('a verb outside the date\'s clause leaves the nearer reading', () => {
  it.each([
    // an infinitive between the verb and the date: the purchase may be ahead
    ['The firm agreed to buy the mill for $2 million in February.', 'February', '2025-10-30', '2026-02'],
    // a present tense between: the redemption is ahead
    ['The company said it is calling for the redemption on Dec. 7 of all its remaining shares.', 'Dec. 7', '2025-10-30', '2025-12-07'],
    // a comma between: another clause
    ['Shares fell sharply, and the board meets again on Jan. 12 to review the sale.', 'Jan. 12', '2025-12-20', '2026-01-12'],
  ])('%s → %s', (text, phrase, publication, value) => {
    expect(valueOf(text, phrase, publication)).toBe(value);
  });
});

describe('a month that is also a given name, before a surname, is a person', () => {
  it.each([
    ['Two were taken to hospital: 43-year-old April Trent and her son.', 'April'],
    ['Neighbour June Ellis heard the shots.', 'June'],
    ['August Reyes, 20, was arrested at the scene.', 'August'],
  ])('%s', (text, word) => {
    expect(tagTimexes(text, { publicationDate: '2017-02-26' }).map((t) => t.text)).not.toContain(word);
  });

  it.each([
    ['In April Congress passed the bill.', 'April', '2016-04'],
    ['Between June and August Police recorded fewer thefts.', 'August', '2016-08'],
  ])('%s keeps the month', (text, phrase, value) => {
    expect(valueOf(text, phrase, '2017-02-26')).toBe(value);
  });
});

describe('a month-day without a year takes the year of a full date of its sentence', () => {
  it.each([
    ['The deputy was killed June 24, 2005 while looking into a June 20 shooting nearby.', 'June 20', '2007-04-05', '2005-06-20'],
    ['Between Dec. 28 and Jan. 3, 2016 the office stayed closed.', 'Dec. 28', '2017-06-01', '2015-12-28'],
  ])('%s → %s', (text, phrase, publication, value) => {
    expect(valueOf(text, phrase, publication)).toBe(value);
  });

  it('not when the full date is months away: then publication decides', () => {
    // March 2 is more than two months from Oct. 1, 2019: the full date says nothing of its year.
    expect(valueOf('He was hired Oct. 1, 2019 and left on March 2.', 'March 2', '2021-05-01')).toBe('2021-03-02');
  });
});
