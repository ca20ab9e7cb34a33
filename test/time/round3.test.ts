import { describe, it, expect } from 'vitest';
import { tagTimexes } from '../../src/time/index.js';
import type { Timex } from '../../src/types.js';

// TimeML conventions added in round 3; every sentence here is our own.
// 2025-11-24 is a Monday.
const PUB = '2025-11-24';

function tag(text: string, publicationDate: string | null = PUB): Timex[] {
  return tagTimexes(text, { publicationDate, resolveAnaphora: true });
}

function find(text: string, phrase: string, publicationDate: string | null = PUB): Timex {
  const all = tag(text, publicationDate);
  const found = all.find((t) => t.text === phrase);
  if (!found) throw new Error(`no timex "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return found;
}

describe('weekdays after a deadline word', () => {
  it.each([
    // a postponement always points ahead, even told in the past tense
    ['The company extended the deadline until 9 a.m. Wednesday.', '9 a.m. Wednesday', '2025-11-26T09:00'],
    ['Officials postponed until Monday morning any decision on the permit.', 'Monday morning', '2025-12-01TMO'],
    // by/until alone: the nearer of the two readings
    ['The board has until Thursday to respond.', 'Thursday', '2025-11-27'],
    ['By Saturday the rebels had left the town.', 'Saturday', '2025-11-22'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });
});

describe('an intention told in the past does not place the date', () => {
  it.each([
    ['The offer had been due to expire Friday evening.', 'Friday evening', '2025-11-21TEV'],
    ['The tender had been set to expire Dec. 2.', 'Dec. 2', '2025-12-02'],
    ['The vote was scheduled to take place Nov. 20.', 'Nov. 20', '2025-11-20'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });
});

describe('a closing attribution does not decide the tense', () => {
  it.each([
    // "payable … Dec. 15, the company said": the dividend is still to come
    ['The dividend will be payable to holders of record Dec. 15, the company said.', 'Dec. 15', '2025-12-15'],
    // the verb of the event still decides
    ['The two leaders met on Nov. 3, officials said.', 'Nov. 3', '2025-11-03'],
    ['The minister visited the port on Tuesday, according to local reports.', 'Tuesday', '2025-11-18'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });
});

describe('possessive weekdays and "the previous Friday"', () => {
  it.each([
    ['Lawyers said they would look for ways to get around Wednesday\'s ruling.', 'Wednesday', '2025-11-19'],
    ['Critics will study Friday\'s report closely.', 'Friday', '2025-11-21'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });

  it('counts "the previous Friday" back from the day just told', () => {
    const text = 'The index closed Friday at 120, down 3% from the previous Friday.';
    const previous = find(text, 'the previous Friday');
    expect(previous.value).toBe('2025-11-14');
    expect(previous.inferred).toContain('relative-to-event');
    expect(previous.anaphoric).toEqual({ offsetDays: -7, relation: 'before' });
  });

  it('counts "the following Monday" forward from the day just told', () => {
    expect(find('The ship sailed on Nov. 5 and docked the following Monday.', 'the following Monday').value).toBe('2025-11-10');
  });

  it('leaves "the previous Friday" unresolved with nothing to count from', () => {
    expect(find('Shares fell 3% from the previous Friday.', 'the previous Friday').value).toBeNull();
  });
});

describe('soon, then current', () => {
  it.each([
    ['The rules are expected to be applied soon.', 'soon', 'FUTURE_REF'],
    ['The firm will liquidate as soon as possible.', 'as soon as possible', 'FUTURE_REF'],
    ['Holders may buy shares at half the then current price.', 'then current', 'PAST_REF'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });

  it.each([
    ['They might come as soon as Tuesday.'],
    ['He was soon released.'],
    ['The trickle of cash soon became a flood.'],
  ])('no "soon" in: %s', (text) => {
    expect(tag(text).some((t) => /soon/i.test(t.text))).toBe(false);
  });
});

describe('durations with fractions, "more" and ranges', () => {
  it.each([
    ['Refugees lived in camps for 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The flight took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M'],
    ['She stayed for two and a half years.', 'two and a half years', 'P2Y6M'],
    ['The lease runs for at least 20 more years.', 'at least 20 more years', 'P20Y'],
    ['He stays for two more weeks.', 'two more weeks', 'P2W'],
    ['Purchases are planned during the next 12 to 18 months.', 'the next 12 to 18 months', 'PXM'],
    ['The banks must wait at least 30 days before closing.', 'at least 30 days', 'P30D'],
  ])('%s → %s = %s', (text, phrase, value) => {
    const timex = find(text, phrase);
    expect(timex.type).toBe('DURATION');
    expect(timex.value).toBe(value);
  });

  it.each([
    ['The country imports about three-quarters of its food.'],
    ['A second group of directors joined.'],
    ['It would be a second betrayal.'],
    ['He appeared on 60 Minutes to defend the plan.'],
    ['The film High Noon was shown again.'],
    ['He said on the programme "This Week" that talks had failed.'],
  ])('no time expression in: %s', (text) => {
    expect(tag(text)).toEqual([]);
  });
});

describe('holidays, "the week of", months with "this year"', () => {
  it.each([
    ['Crowds gathered for Easter.', 'Easter', '2025-04-20'],
    ['Pilgrims arrived as Easter week began.', 'Easter week', '2025-W16'],
    ['The ceremony was held on Easter Sunday, 2024.', 'Easter Sunday, 2024', '2024-03-31'],
    ['Voters went to the polls on Election Day.', 'Election Day', '2025-11-04'],
    ['The hearing is set for the week of Dec. 8.', 'the week of Dec. 8', '2025-W50'],
    ['The plant opened in early October this year.', 'early October this year', '2025-10'],
    ['It will expand in April next year.', 'April next year', '2026-04'],
    ['Prices peaked on March 3 last year.', 'March 3 last year', '2024-03-03'],
  ])('%s → %s = %s', (text, phrase, value) => {
    expect(find(text, phrase).value).toBe(value);
  });

  it('leaves "April next year" unresolved without a publication date', () => {
    expect(find('It will expand in April next year.', 'April next year', null).value).toBeNull();
  });
});

describe('clock times', () => {
  it('takes its day from a weekday after a parenthesis, keeping both expressions', () => {
    const all = tag('The blast occurred at 10:35 a.m. (0735 GMT) Friday, killing dozens.');
    expect(all.map((t) => [t.text, t.value])).toEqual([
      ['10:35 a.m.', '2025-11-21T10:35'],
      ['Friday', '2025-11-21'],
    ]);
  });

  it('reads a parenthesised restatement with the tense of the clause before it', () => {
    expect(find('The father will leave at dawn (4 a.m. EST Thursday), the leader said.', '4 a.m. EST Thursday').value).toBe('2025-11-27T04:00');
  });

  it('reads midday as noon', () => {
    expect(find('The judge ruled at midday.', 'midday').value).toBe('2025-11-24T12:00');
  });

  it('keeps the day as range and granularity when a part of day is added', () => {
    const night = find('He was shot Thursday night.', 'Thursday night');
    expect(night.value).toBe('2025-11-20TNI');
    expect(night.granularity).toBe('day');
    expect(night.range).toEqual({ start: '2025-11-20', end: '2025-11-20' });
  });
});
